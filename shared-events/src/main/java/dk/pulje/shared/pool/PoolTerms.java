package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a pool offers and to whom: the rules an application is judged by. {@code title} and {@code description} are
 * as published (the seed pools' in Danish) and keep the announcement's wording and original dates;
 * {@code translations} hold them in other languages by language code (empty where there are none).
 * {@code awardsAfterDeadline}: whether awards wait for the deadline of the application's round; null leaves it to the
 * kind of pool (see {@link #awardsOnlyAfterDeadline()}). {@code form}: the questions the pool asks of every
 * applicant, null where it asks none (see {@link #applicationForm()}). {@code information}: the contact, questions
 * and answers and guidance documents the pool's page shows, null where it shows none (see
 * {@link #publicInformation()}).
 */
public record PoolTerms(
        String title,
        String description,
        Set<ApplicantKind> eligibleKinds,
        List<ActivityCategory> categories,
        GrantLimits limits,
        ExpectedGrantees expectedGrantees,
        List<Round> rounds,
        ProjectPeriod projectPeriod,
        List<InformationMeeting> meetings,
        GrantConditions grantConditions,
        List<Earmark> earmarks,
        PriorityRule priority,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, PoolText> translations,
        @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentRules assessment,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean awardsAfterDeadline,
        @JsonInclude(JsonInclude.Include.NON_NULL) ApplicationForm form,
        @JsonInclude(JsonInclude.Include.NON_NULL) PoolInformation information) {

    public PoolTerms {
        title = Text.required(title, "A pool's title", 300);
        description = Text.optional(description, "A pool's description", 10_000);
        if (eligibleKinds == null || eligibleKinds.isEmpty()) {
            throw new InvalidValue("pool.eligible", "A pool names at least one eligible kind of applicant");
        }
        if (categories == null || categories.isEmpty()) {
            throw new InvalidValue("pool.categories", "A pool names at least one activity category");
        }
        if (new HashSet<>(categories.stream().map(ActivityCategory::code).toList()).size() != categories.size()) {
            throw new InvalidValue("pool.categories", "Activity category codes must be unique");
        }
        if (limits == null || projectPeriod == null) {
            throw new InvalidValue("pool.terms", "A pool has grant limits and a project period");
        }
        if (rounds == null || rounds.isEmpty()) {
            throw new InvalidValue("pool.rounds", "A pool has at least one round");
        }
        checkRoundOrder(rounds);
        eligibleKinds = Collections.unmodifiableSet(EnumSet.copyOf(eligibleKinds));
        categories = List.copyOf(categories);
        rounds = List.copyOf(rounds);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        grantConditions = grantConditions == null ? GrantConditions.STANDARD : grantConditions;
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
        checkEarmarks(earmarks, limits);
        translations = translations == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(translations));
        form = form == null || form.isEmpty() ? null : form;
        information = information == null || information.isEmpty() ? null : information;
        if (!translations.keySet().stream().allMatch(Translations::isLanguageCode)) {
            throw new InvalidValue(
                    "pool.translations", "Translations are keyed by a two-letter language code, e.g. en");
        }
    }

    /**
     * Terms without assessment rules, a set timing of awards, an application form or public information: add those
     * with {@link #withAssessment}, {@link #withAwardsAfterDeadline}, {@link #withForm} and {@link #withInformation}.
     */
    public PoolTerms(
            String title,
            String description,
            Set<ApplicantKind> eligibleKinds,
            List<ActivityCategory> categories,
            GrantLimits limits,
            ExpectedGrantees expectedGrantees,
            List<Round> rounds,
            ProjectPeriod projectPeriod,
            List<InformationMeeting> meetings,
            GrantConditions grantConditions,
            List<Earmark> earmarks,
            PriorityRule priority,
            Map<String, PoolText> translations) {
        this(
                title,
                description,
                eligibleKinds,
                categories,
                limits,
                expectedGrantees,
                rounds,
                projectPeriod,
                meetings,
                grantConditions,
                earmarks,
                priority,
                translations,
                null,
                null,
                null,
                null);
    }

    /** What the pool's page tells applicants beyond its terms; {@link PoolInformation#NONE} where it tells nothing. */
    public PoolInformation publicInformation() {
        return information == null ? PoolInformation.NONE : information;
    }

    /** The questions the pool asks of every applicant; {@link ApplicationForm#NONE} where it asks none. */
    public ApplicationForm applicationForm() {
        return form == null ? ApplicationForm.NONE : form;
    }

    /**
     * Whether awards are made only once the deadline of the application's round has passed: as the terms say, else
     * for a competitive pool (one that announces criteria its applications are scored and ranked on), not for one
     * without criteria, whose applications are decided as they come.
     */
    public boolean awardsOnlyAfterDeadline() {
        return awardsAfterDeadline != null
                ? awardsAfterDeadline
                : assessmentRules().hasCriteria();
    }

    /**
     * The criteria applications are scored on and how many assess each; {@link AssessmentRules#NONE} where the pool
     * announced none (terms stored before there were criteria have none).
     */
    public AssessmentRules assessmentRules() {
        return assessment == null ? AssessmentRules.NONE : assessment;
    }

    /**
     * The title and description in {@code language} (e.g. "en") where the terms have a translation into it, else as
     * published: a reader sees the pool in their own language where it can be had.
     */
    public PoolText in(String language) {
        PoolText translated = translations.get(language);
        return translated != null ? translated : new PoolText(title, description);
    }

    private static void checkEarmarks(List<Earmark> earmarks, GrantLimits limits) {
        if (new HashSet<>(earmarks.stream().map(Earmark::line).toList()).size() != earmarks.size()) {
            throw new InvalidValue("pool.earmarks", "Each budget line is earmarked once");
        }
        Money reserved = earmarks.stream().map(Earmark::minimum).reduce(Money.ZERO, Money::plus);
        if (reserved.isGreaterThan(limits.maximum())) {
            throw new InvalidValue(
                    "pool.earmarks",
                    "The earmarks reserve " + reserved + " kr., more than the largest " + "grant, " + limits.maximum()
                            + " kr.");
        }
    }

    private static void checkRoundOrder(List<Round> rounds) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).number() != i + 1) {
                throw new InvalidValue("pool.rounds", "Rounds are numbered 1, 2, … in order");
            }
            if (i > 0
                    && rounds.get(i)
                            .opens()
                            .isBefore(rounds.get(i - 1).deadline().local())) {
                throw new InvalidValue("pool.rounds", "Round " + (i + 1) + " opens before round " + i + " closes");
            }
        }
    }

    public Optional<ActivityCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public PoolTerms withRounds(List<Round> newRounds) {
        return with(newRounds, assessment, awardsAfterDeadline, form, information);
    }

    /** The same terms with awards made {@code afterDeadline} only, or at any time. */
    public PoolTerms withAwardsAfterDeadline(boolean afterDeadline) {
        return with(rounds, assessment, afterDeadline, form, information);
    }

    /** The same terms assessed by {@code rules}; null keeps the rules they have. */
    public PoolTerms withAssessment(AssessmentRules rules) {
        return rules == null ? this : with(rounds, rules, awardsAfterDeadline, form, information);
    }

    /** The same terms asking the questions of {@code newForm}; null keeps the form they have. */
    public PoolTerms withForm(ApplicationForm newForm) {
        return newForm == null ? this : with(rounds, assessment, awardsAfterDeadline, newForm, information);
    }

    /** The same terms telling applicants {@code newInformation}; null keeps what they tell. */
    public PoolTerms withInformation(PoolInformation newInformation) {
        return newInformation == null ? this : with(rounds, assessment, awardsAfterDeadline, form, newInformation);
    }

    /** The terms with what an amendment or a publication may change, the rest as they are. */
    private PoolTerms with(
            List<Round> newRounds,
            AssessmentRules newAssessment,
            Boolean newAwardsAfterDeadline,
            ApplicationForm newForm,
            PoolInformation newInformation) {
        return new PoolTerms(
                title,
                description,
                eligibleKinds,
                categories,
                limits,
                expectedGrantees,
                newRounds,
                projectPeriod,
                meetings,
                grantConditions,
                earmarks,
                priority,
                translations,
                newAssessment,
                newAwardsAfterDeadline,
                newForm,
                newInformation);
    }
}
