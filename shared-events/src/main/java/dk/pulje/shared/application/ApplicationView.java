package dk.pulje.shared.application;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;

import java.time.Instant;
import java.util.List;

/**
 * An application as listed for staff and its own parties: no contact details. {@code budgetLines} are what it budgets
 * for each purpose (null when it has none), so an earmark can be seen to be met; {@code partners} and
 * {@code partnerKeys} name the other parties of a joint application.
 */
public record ApplicationView(ApplicationId applicationId,
                              PoolId poolId,
                              int round,
                              ApplicationStatus status,
                              String applicantKey,
                              String applicantName,
                              String projectTitle,
                              String activityCategory,
                              Money amountRequested,
                              BudgetLines budgetLines,
                              Money amountAwarded,
                              Integer score,
                              Instant submittedAt,
                              List<String> partners,
                              List<String> partnerKeys,
                              Priority priority) {

    /** Whether the application goes first under its pool's priority rule, and why; null where the pool has none. */
    public record Priority(boolean priority, String reason) {
    }

    public ApplicationView {
        partners = partners == null ? List.of() : List.copyOf(partners);
        partnerKeys = partnerKeys == null ? List.of() : List.copyOf(partnerKeys);
    }

    /** Whether the organisation (its applicant key) is the lead or a partner of this application. */
    public boolean hasParty(String organisation) {
        return applicantKey.equals(organisation) || partnerKeys.contains(organisation);
    }

    public ApplicationView withPriority(Priority newPriority) {
        return new ApplicationView(applicationId, poolId, round, status, applicantKey, applicantName, projectTitle,
                activityCategory, amountRequested, budgetLines, amountAwarded, score, submittedAt, partners,
                partnerKeys, newPriority);
    }

    public ApplicationView withStatus(ApplicationStatus newStatus) {
        return new ApplicationView(applicationId, poolId, round, newStatus, applicantKey, applicantName, projectTitle,
                activityCategory, amountRequested, budgetLines, amountAwarded, score, submittedAt, partners,
                partnerKeys, priority);
    }

    /** The amended request; lines stay as they were when the amendment carries none. */
    public ApplicationView withRequest(Money amount, String category, BudgetLines lines) {
        return new ApplicationView(applicationId, poolId, round, status, applicantKey, applicantName, projectTitle,
                category, amount, lines == null ? budgetLines : lines, amountAwarded, score, submittedAt, partners,
                partnerKeys, priority);
    }

    public ApplicationView withScore(int newScore) {
        return new ApplicationView(applicationId, poolId, round, status, applicantKey, applicantName, projectTitle,
                activityCategory, amountRequested, budgetLines, amountAwarded, newScore, submittedAt, partners,
                partnerKeys, priority);
    }

    public ApplicationView awarded(Money amount) {
        return new ApplicationView(applicationId, poolId, round, ApplicationStatus.AWARDED, applicantKey,
                applicantName, projectTitle, activityCategory, amountRequested, budgetLines, amount, score, submittedAt,
                partners, partnerKeys, priority);
    }
}
