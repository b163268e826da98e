package dk.pulje.shared.application;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;

import java.time.Instant;

/** An application as listed for staff: no contact details. */
public record ApplicationView(ApplicationId applicationId,
                              PoolId poolId,
                              int round,
                              ApplicationStatus status,
                              String applicantKey,
                              String applicantName,
                              String projectTitle,
                              String activityCategory,
                              Money amountRequested,
                              Money amountAwarded,
                              Integer score,
                              Instant submittedAt) {
}
