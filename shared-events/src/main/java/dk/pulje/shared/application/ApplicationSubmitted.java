package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An application arrived in time for {@code round}; {@code contact} is personal data. */
@Revision("1")
public record ApplicationSubmitted(PoolId poolId,
                                   ApplicationId applicationId,
                                   int round,
                                   Applicant applicant,
                                   String projectTitle,
                                   Money amountRequested,
                                   BudgetByYear budget,
                                   String activityCategory,
                                   ContactPerson contact,
                                   Actor submittedBy,
                                   Instant submittedAt) implements ApplicationEvent {
}
