package dk.pulje.shared.subscription;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

@Revision("1")
public record Unsubscribed(String subscriptionId, String organisation, Decision decision) {}
