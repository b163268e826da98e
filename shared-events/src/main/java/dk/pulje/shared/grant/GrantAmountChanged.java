package dk.pulje.shared.grant;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * The grant's amount is changed on reconsideration ({@code reconsiderationId}) from {@code previousAmount} to
 * {@code amount}, as its pool's award was ({@code AwardChanged}). {@code paymentSchedule} is the schedule after the
 * change (what each year has paid stays; the unpaid rest is spread as before) and {@code budgetLines} the accepted
 * budget lines scaled to the new amount (none while the grant awaits acceptance).
 */
@Revision("1")
public record GrantAmountChanged(
        GrantId grantId,
        PoolId poolId,
        ApplicationId applicationId,
        String reconsiderationId,
        Money previousAmount,
        Money amount,
        BudgetByYear paymentSchedule,
        BudgetLines budgetLines,
        Decision decision)
        implements GrantEvent {}
