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

    public ApplicationView withStatus(ApplicationStatus newStatus) {
        return new ApplicationView(applicationId, poolId, round, newStatus, applicantKey, applicantName, projectTitle,
                activityCategory, amountRequested, amountAwarded, score, submittedAt);
    }

    public ApplicationView withRequest(Money amount, String category) {
        return new ApplicationView(applicationId, poolId, round, status, applicantKey, applicantName, projectTitle,
                category, amount, amountAwarded, score, submittedAt);
    }

    public ApplicationView withScore(int newScore) {
        return new ApplicationView(applicationId, poolId, round, status, applicantKey, applicantName, projectTitle,
                activityCategory, amountRequested, amountAwarded, newScore, submittedAt);
    }

    public ApplicationView awarded(Money amount) {
        return new ApplicationView(applicationId, poolId, round, ApplicationStatus.AWARDED, applicantKey,
                applicantName, projectTitle, activityCategory, amountRequested, amount, score, submittedAt);
    }
}
