package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        return with(copy -> {
            copy.partners = parties.stream().map(Partnership::name).toList();
            copy.partnerKeys = parties.stream().map(Partnership::key).toList();
            copy.partnerships = all;
        });
    }

    /** Whether the organisation (its applicant key) is the lead or a partner of this application. */
    public boolean hasParty(String organisation) {
        return applicantKey.equals(organisation) || partnerKeys.contains(organisation);
    }

    public ApplicationView withPriority(Priority newPriority) {
        return with(copy -> copy.priority = newPriority);
    }

    public ApplicationView withStatus(ApplicationStatus newStatus) {
        return with(copy -> copy.status = newStatus);
    }

    /** The amended request; lines stay as they were when the amendment carries none. */
    public ApplicationView withRequest(Money amount, String category, BudgetLines lines) {
        return with(copy -> {
            copy.amountRequested = amount;
            copy.activityCategory = category;
            copy.budgetLines = lines == null ? budgetLines : lines;
        });
    }

    /** The answers as amended; null keeps them as they are. */
    public ApplicationView withAnswers(Map<String, String> newAnswers, Integer newFormVersion) {
        return newAnswers == null
                ? this
                : with(copy -> {
                    copy.answers = newAnswers;
                    copy.formVersion = newFormVersion;
                });
    }

    public ApplicationView withScore(int newScore) {
        return with(copy -> copy.score = newScore);
    }

    public ApplicationView awarded(Money amount) {
        return with(copy -> {
            copy.status = ApplicationStatus.AWARDED;
            copy.amountAwarded = amount;
        });
    }

    /** This view with what {@code change} sets on a copy of the parts that change over an application's life. */
    private ApplicationView with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return new ApplicationView(
                applicationId,
                poolId,
                round,
                copy.status,
                applicantKey,
                applicantName,
                projectTitle,
                copy.activityCategory,
                copy.amountRequested,
                copy.budgetLines,
                copy.amountAwarded,
                copy.score,
                submittedAt,
                copy.partners,
                copy.partnerKeys,
                copy.partnerships,
                copy.priority,
                copy.answers,
                copy.formVersion);
    }

    /** The parts of a view that change over an application's life, to be set before a new view is made of them. */
    private static final class Copy {
        private ApplicationStatus status;
        private String activityCategory;
        private Money amountRequested;
        private BudgetLines budgetLines;
        private Money amountAwarded;
        private Integer score;
        private List<String> partners;
        private List<String> partnerKeys;
        private List<Partnership> partnerships;
        private Priority priority;
        private Map<String, String> answers;
        private Integer formVersion;

        private Copy(ApplicationView view) {
            status = view.status;
            activityCategory = view.activityCategory;
            amountRequested = view.amountRequested;
            budgetLines = view.budgetLines;
            amountAwarded = view.amountAwarded;
            score = view.score;
            partners = view.partners;
            partnerKeys = view.partnerKeys;
            partnerships = view.partnerships;
            priority = view.priority;
            answers = view.answers;
            formVersion = view.formVersion;
        }
    }
}
