package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

/** A claim for unspent or misused money (tilbagebetalingskrav). */
@Revision("1")
public record RepaymentClaimed(GrantId grantId, String claimId, Money amount, Decision decision)
        implements GrantEvent {}
