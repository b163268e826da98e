package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An application as listed for staff and its own parties: no contact details. {@code budgetLines} are what it budgets
 * for each purpose (null when it has none), so an earmark can be seen to be met; {@code partners} and
 * {@code partnerKeys} name the other parties of a joint application, those neither declined nor removed by the lead;
 * {@code partnerships} every partner named, with whether it has confirmed, declined, been removed or not yet decided;
 * {@code answers} the answers to the pool's own questions by question id, given on the form of the pool's rules
 * version {@code formVersion} (none where the pool asked none).
 */
public record ApplicationView(
        ApplicationId applicationId,
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
        List<Partnership> partnerships,
        Priority priority,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> answers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer formVersion) {

    /** Whether the application goes first under its pool's priority rule, and why; null where the pool has none. */
    public record Priority(boolean priority, String reason) {}

    /** A partner named in the application, and where its part stands. */
    public record Partnership(String key, String name, PartnershipStatus status) {}

    public ApplicationView {
        partners = partners == null ? List.of() : List.copyOf(partners);
        partnerKeys = partnerKeys == null ? List.of() : List.copyOf(partnerKeys);
        partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
        answers = Answers.of(answers);
    }

    /** The view of a submitted application, every partner awaiting its confirmation. */
    public static ApplicationView submitted(ApplicationSubmitted event) {
        return new ApplicationView(
                        event.applicationId(),
                        event.poolId(),
                        event.round(),
                        ApplicationStatus.SUBMITTED,
                        event.applicant().key(),
                        event.applicant().name(),
                        event.projectTitle(),
                        event.activityCategory(),
                        event.amountRequested(),
                        event.budgetLines(),
                        null,
                        null,
                        event.submittedAt(),
                        null,
                        null,
                        event.partners().stream()
                                .map(partner -> new Partnership(
                                        partner.key(), partner.name(), PartnershipStatus.AWAITING_CONFIRMATION))
                                .toList(),
                        null,
                        event.answers(),
                        event.formVersion())
                .withPartnerships(null);
    }

    /** The partner's part as it now stands; a declined or removed partner is no longer among the parties. */
    public ApplicationView withPartnership(String partnerKey, PartnershipStatus status) {
        return withPartnerships(partnerships.stream()
                .map(partnership -> partnership.key().equals(partnerKey)
                        ? new Partnership(partnerKey, partnership.name(), status)
                        : partnership)
                .toList());
    }

    /** The view with these partnerships (null: as they are), its partners those neither declined nor removed. */
    public ApplicationView withPartnerships(List<Partnership> newPartnerships) {
        List<Partnership> all = newPartnerships == null ? partnerships : newPartnerships;
        List<Partnership> parties = all.stream()
                .filter(p -> p.status() != PartnershipStatus.DECLINED && p.status() != PartnershipStatus.REMOVED)
                .toList();
        return new ApplicationView(
                applicationId,
                poolId,
                round,
                status,
                applicantKey,
                applicantName,
                projectTitle,
                activityCategory,
                amountRequested,
                budgetLines,
                amountAwarded,
                score,
                submittedAt,
                parties.stream().map(Partnership::name).toList(),
                parties.stream().map(Partnership::key).toList(),
                all,
                priority,
                answers,
                formVersion);
    }

    /** Whether the organisation (its applicant key) is the lead or a partner of this application. */
    public boolean hasParty(String organisation) {
        return applicantKey.equals(organisation) || partnerKeys.contains(organisation);
    }

    public ApplicationView withPriority(Priority newPriority) {
        return new ApplicationView(
                applicationId,
                poolId,
                round,
                status,
                applicantKey,
                applicantName,
                projectTitle,
                activityCategory,
                amountRequested,
                budgetLines,
                amountAwarded,
                score,
                submittedAt,
                partners,
                partnerKeys,
                partnerships,
                newPriority,
                answers,
                formVersion);
    }

    public ApplicationView withStatus(ApplicationStatus newStatus) {
        return new ApplicationView(
                applicationId,
                poolId,
                round,
                newStatus,
                applicantKey,
                applicantName,
                projectTitle,
                activityCategory,
                amountRequested,
                budgetLines,
                amountAwarded,
                score,
                submittedAt,
                partners,
                partnerKeys,
                partnerships,
                priority,
                answers,
                formVersion);
    }

    /** The amended request; lines stay as they were when the amendment carries none. */
    public ApplicationView withRequest(Money amount, String category, BudgetLines lines) {
        return new ApplicationView(
                applicationId,
                poolId,
                round,
                status,
                applicantKey,
                applicantName,
                projectTitle,
                category,
                amount,
                lines == null ? budgetLines : lines,
                amountAwarded,
                score,
                submittedAt,
                partners,
                partnerKeys,
                partnerships,
                priority,
                answers,
                formVersion);
    }

    /** The answers as amended; null keeps them as they are. */
    public ApplicationView withAnswers(Map<String, String> newAnswers, Integer newFormVersion) {
        return newAnswers == null
                ? this
                : new ApplicationView(
                        applicationId,
                        poolId,
                        round,
                        status,
                        applicantKey,
                        applicantName,
                        projectTitle,
                        activityCategory,
                        amountRequested,
                        budgetLines,
                        amountAwarded,
                        score,
                        submittedAt,
                        partners,
                        partnerKeys,
                        partnerships,
                        priority,
                        newAnswers,
                        newFormVersion);
    }

    public ApplicationView withScore(int newScore) {
        return new ApplicationView(
                applicationId,
                poolId,
                round,
                status,
                applicantKey,
                applicantName,
                projectTitle,
                activityCategory,
                amountRequested,
                budgetLines,
                amountAwarded,
                newScore,
                submittedAt,
                partners,
                partnerKeys,
                partnerships,
                priority,
                answers,
                formVersion);
    }

    public ApplicationView awarded(Money amount) {
        return new ApplicationView(
                applicationId,
                poolId,
                round,
                ApplicationStatus.AWARDED,
                applicantKey,
                applicantName,
                projectTitle,
                activityCategory,
                amountRequested,
                budgetLines,
                amount,
                score,
                submittedAt,
                partners,
                partnerKeys,
                partnerships,
                priority,
                answers,
                formVersion);
    }
}
