package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

/** A finance officer records money paid back on a claim. */
@Revision("1")
public record RepaymentReceived(GrantId grantId, String claimId, Money amount, Decision decision) implements GrantEvent {
}
