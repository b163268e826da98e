package dk.pulje.command.pool;

import dk.pulje.command.document.Uploads;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.ExpectedGrantees;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.GrantLimits;
import dk.pulje.shared.pool.InformationMeeting;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolInformation;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PoolText;
import dk.pulje.shared.pool.PriorityRule;
import dk.pulje.shared.pool.ProjectPeriod;
import dk.pulje.shared.pool.Question;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.FinanceYears;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A pool as a pool manager writes it down: the body of "draft a pool" and the shape of the demo pools.
 * Rounds are numbered in the order given.
 */
@Schema(example = """
        {"title": "Initiatives for an early, preventive and more effective effort",
         "description": "Published 6 February 2017; deadline 24 March 2017 at 12:00.",
         "budget": "24900000.00", "eligibleKinds": ["MUNICIPALITY"],
         "categories": [{"code": "new-methods", "title": "New efforts and methods for early prevention"},
                        {"code": "upskilling", "title": "Upskilling of staff"}],
         "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
         "expectedGrantees": {"minimum": 5, "maximum": 15},
         "rounds": [{"opens": "2030-02-06T00:00:00", "deadline": "2030-03-24T12:00:00"}],
         "projectPeriod": {"start": "2030-06-01", "end": "2032-12-31"},
         "meetings": [{"date": "2030-02-20", "starts": "10:00", "ends": "14:30",
                       "place": "Mødecenter Odense, Buchwaldsgade 48, Odense"}],
         "assessment": {"criteria": [
             {"code": "purpose", "title": "Bidrag til en tidlig og forebyggende indsats",
              "translations": {"en": "Contribution to an early, preventive effort"}, "weight": 60, "maxScore": 5},
             {"code": "feasibility", "title": "Realistisk plan og budget",
              "translations": {"en": "Realistic plan and budget"}, "weight": 40, "maxScore": 5}],
           "minimumAssessors": 2},
         "questions": [
             {"id": "staff", "kind": "NUMBER", "text": "Hvor mange medarbejdere deltager?",
              "translations": {"en": "How many staff take part?"}, "required": true},
             {"id": "summary", "kind": "TEXT", "text": "Kort resumé af projektet", "required": true, "maxLength": 1000}],
         "information": {
             "contact": {"unit": "Center for Økonomi og Tilskudsadministration", "email": "tilskud@example.dk"},
             "faq": [{"question": "Hvem kan søge?", "answer": "Kommuner.",
                      "translations": {"en": {"question": "Who may apply?", "answer": "Municipalities."}}}]},
         "reason": "Satspulje 2017", "amendmentsNeedSecondSignature": true}""")
public record PoolPlan(
        @Schema(nullable = true, description = "optional; a new id is made when left out")
        PoolId id,

        String title,
        String description,
        Money budget,
        Set<ApplicantKind> eligibleKinds,
        List<ActivityCategory> categories,
        GrantLimits limits,
        ExpectedGrantees expectedGrantees,
        List<RoundPlan> rounds,
        ProjectPeriod projectPeriod,
        List<InformationMeeting> meetings,
        String reason,

        @Schema(
                nullable = true,
                description = "optional; true when every amendment needs a second pool manager's " + "signature")
        Boolean amendmentsNeedSecondSignature,

        @Schema(nullable = true, description = "optional; parts of each grant reserved for fixed purposes")
        List<Earmark> earmarks,

        @Schema(nullable = true, description = "optional; applicants without a grant from an earlier pool go first")
        PriorityRule priority,

        @Schema(nullable = true, description = "optional; the programme's track the pool belongs to")
        String track,

        @Schema(
                nullable = true,
                description = "optional; the budget by finance year, adding up to it "
                        + "(required where the programme's envelope is split by year)")
        FinanceYears financeYears,

        @Schema(
                nullable = true,
                description = "optional; the title and description in other "
                        + "languages, by language code, e.g. {\"en\": {\"title\": …, \"description\": …}}")
        Map<String, PoolText> translations,

        @Schema(
                nullable = true,
                description = "optional; the follow-up terms of the pool's grants: "
                        + "acceptanceDays (14), startWithinMonths (6), reminderDays ([14, 3]) and returnsTo, "
                        + "where money no longer awarded goes (a lapsed grant's amount, a closed grant's "
                        + "unpaid rest, repayments): POOL, available again for awards (the default), or "
                        + "STATE, back to the treasury")
        GrantConditions grantConditions,

        @Schema(
                nullable = true,
                description = "optional; the criteria applications are scored on (code, title, translations, "
                        + "weight, maxScore; each scored 0 to maxScore), announced with the pool, and how many "
                        + "assessors at least assess each independently (minimumAssessors, 1 when left out)")
        AssessmentRules assessment,

        @Schema(
                nullable = true,
                description = "optional; true when awards wait for the deadline of the application's round, "
                        + "false when they may be made at any time; left out, awards wait for the deadline in a pool "
                        + "with assessment criteria (a competitive pool) and not in one without")
        Boolean awardsAfterDeadline,

        @Schema(
                nullable = true,
                description = "optional; the pool's own questions, asked of every applicant (its application "
                        + "form): id, kind (TEXT, NUMBER, AMOUNT, DATE, CHOICE, YES_NO, FILE), text, translations, "
                        + "required, maxLength (text only; 2000 when left out), choices (choice only)")
        List<Question> questions,

        @Schema(
                nullable = true,
                description = "optional; what the pool's page tells applicants beyond its terms: contact, questions "
                        + "and answers (faq) and guidance documents to download")
        InformationPlan information) {

    @Schema(
            description = "A round: opening time and deadline, local date-times in Copenhagen, and where the pool "
                    + "gives its money in rounds, the round's own budget")
    public record RoundPlan(
            LocalDateTime opens,
            Deadline deadline,

            @Schema(
                    nullable = true,
                    description =
                            "optional; caps the awards to the round's " + "applications, within the pool's budget")
            Money budget) {}

    /** The terms, with the guidance documents as they were uploaded (see {@link InformationPlan#resolved}). */
    public PoolTerms terms(Uploads uploads) {
        return terms(information == null ? null : information.resolved(uploads));
    }

    /** The terms of a plan that names no guidance documents. */
    public PoolTerms terms() {
        return terms(information == null ? null : information.withoutGuidance());
    }

    private PoolTerms terms(PoolInformation resolvedInformation) {
        if (rounds == null) {
            throw new InvalidValue("pool.rounds", "A pool has at least one round");
        }
        return new PoolTerms(
                title,
                description,
                eligibleKinds,
                categories,
                limits,
                expectedGrantees,
                numbered(rounds),
                projectPeriod,
                meetings,
                grantConditions,
                earmarks,
                priority,
                translations,
                assessment,
                awardsAfterDeadline,
                questions == null ? null : new ApplicationForm(questions),
                resolvedInformation);
    }

    /** The rounds numbered 1, 2, … in the order given; null when none are given. */
    public static List<Round> numbered(List<RoundPlan> plans) {
        if (plans == null || plans.isEmpty()) {
            return null;
        }
        List<Round> numbered = new ArrayList<>();
        for (RoundPlan round : plans) {
            if (round == null) {
                throw new InvalidValue("round.dates", "A round has an opening time and a deadline");
            }
            numbered.add(new Round(numbered.size() + 1, round.opens(), round.deadline(), round.budget()));
        }
        return numbered;
    }

    public boolean secondSignature() {
        return Boolean.TRUE.equals(amendmentsNeedSecondSignature);
    }

    /**
     * The same plan with every date moved by {@code days}, and the move told in the description: {@code note} in
     * the language it is published in, {@code translatedNotes} in its translations' languages.
     */
    public PoolPlan shiftedBy(long days, String note, Map<String, String> translatedNotes) {
        List<RoundPlan> movedRounds = rounds.stream()
                .map(r -> new RoundPlan(
                        r.opens().plusDays(days),
                        new Deadline(r.deadline().local().plusDays(days)),
                        r.budget()))
                .toList();
        List<InformationMeeting> movedMeetings = meetings == null
                ? List.of()
                : meetings.stream()
                        .map(m -> new InformationMeeting(m.date().plusDays(days), m.starts(), m.ends(), m.place()))
                        .toList();
        ProjectPeriod movedPeriod = new ProjectPeriod(
                projectPeriod.start().plusDays(days), projectPeriod.end().plusDays(days));
        Map<String, PoolText> movedTranslations = new TreeMap<>();
        (translations == null ? Map.<String, PoolText>of() : translations)
                .forEach((language, text) -> movedTranslations.put(
                        language,
                        new PoolText(
                                text.title(),
                                (text.description() == null ? "" : text.description() + " ")
                                        + translatedNotes.getOrDefault(language, note))));
        return new PoolPlan(
                id,
                title,
                description + " " + note,
                budget,
                eligibleKinds,
                categories,
                limits,
                expectedGrantees,
                movedRounds,
                movedPeriod,
                movedMeetings,
                reason,
                amendmentsNeedSecondSignature,
                earmarks,
                priority,
                track,
                financeYears,
                movedTranslations,
                grantConditions,
                assessment,
                awardsAfterDeadline,
                questions,
                information);
    }

    /** The same plan with awards made at any time unless it says otherwise (the demo decides at once). */
    public PoolPlan awardsAtAnyTimeUnlessSaid() {
        return awardsAfterDeadline != null
                ? this
                : new PoolPlan(
                        id,
                        title,
                        description,
                        budget,
                        eligibleKinds,
                        categories,
                        limits,
                        expectedGrantees,
                        rounds,
                        projectPeriod,
                        meetings,
                        reason,
                        amendmentsNeedSecondSignature,
                        earmarks,
                        priority,
                        track,
                        financeYears,
                        translations,
                        grantConditions,
                        assessment,
                        false,
                        questions,
                        information);
    }
}
