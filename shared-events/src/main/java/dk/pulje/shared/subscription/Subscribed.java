package dk.pulje.shared.subscription;

import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.ApplicantKind;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Set;

/** The organisation's subscription as it now stands, replacing any earlier one. */
@Revision("1")
public record Subscribed(String subscriptionId, String organisation, ContactPerson recipient,
                         Set<ApplicantKind> applicantKinds, List<String> topics, Decision decision) {
}
