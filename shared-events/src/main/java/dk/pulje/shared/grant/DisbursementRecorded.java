package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

/** A finance officer records a payment (udbetaling) of the grant for one year of its schedule. */
@Revision("1")
public record DisbursementRecorded(GrantId grantId, String paymentId, int year, Money amount, Decision decision)
        implements GrantEvent {}
