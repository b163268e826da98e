package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

/** A claim under the waiver limit (500 kr.) is waived by rule instead of raised. */
@Revision("1")
public record RepaymentWaived(GrantId grantId, String claimId, Money amount, Decision decision) implements GrantEvent {}
