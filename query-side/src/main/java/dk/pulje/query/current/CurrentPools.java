package dk.pulje.query.current;

import dk.pulje.query.meeting.MeetingReadModel;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.FindPools;
import dk.pulje.shared.pool.InformationMeeting;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.shared.pool.ProjectPeriod;
import dk.pulje.shared.pool.Question;
import dk.pulje.shared.pool.QuestionKind;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.pool.Round;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The pools announced or open for applications, as anyone may read them without signing in: their budget, who may
 * apply, their rounds' deadlines in Copenhagen time, categories and earmarks in the reader's language where the pool
 * has it, the planned dates of an announcement and the information meetings. Nothing about applications or people.
 * Read by the public API and the applicant portal alike.
 */
@Component
public class CurrentPools {

    private static final Set<PoolStatus> CURRENT = Set.of(PoolStatus.ANNOUNCED, PoolStatus.PUBLISHED);

    private final QueryGateway queries;
    private final MeetingReadModel meetings;

    CurrentPools(QueryGateway queries, MeetingReadModel meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    public record CurrentPool(
            PoolId poolId,
            String title,
            String description,
            PoolStatus status,
            Money budget,
            Set<ApplicantKind> whoMayApply,
            List<CurrentRound> rounds,
            ProjectPeriod projectPeriod,
            PoolPlanning planned,
            List<InformationMeeting> meetings,
            List<MeetingReadModel.PublicMeeting> informationMeetings,
            List<CurrentCategory> categories,
            List<CurrentEarmark> earmarks,
            ReturnsTo unspentMoneyReturnsTo,
            List<CurrentQuestion> questions,
            List<CurrentCriterion> criteria) {}

    /** What applications are scored on, titled in the reader's language where the pool has it, with its weight. */
    public record CurrentCriterion(String code, String title, BigDecimal weight, int maxScore) {}

    /** One of the pool's own questions, asked in the reader's language where the pool has it. */
    public record CurrentQuestion(
            String id, QuestionKind kind, String text, boolean required, Integer maxLength, List<String> choices) {

        static CurrentQuestion of(Question question, String language) {
            return new CurrentQuestion(
                    question.id(),
                    question.kind(),
                    question.textIn(language),
                    question.required(),
                    question.kind() == QuestionKind.TEXT ? question.longestAnswer() : null,
                    question.choices());
        }
    }

    /** What may be funded, titled in the reader's language where the pool has it. */
    public record CurrentCategory(String code, String title) {}

    /** A part of each grant reserved for a purpose, told in the reader's language where the pool has it. */
    public record CurrentEarmark(String line, String purpose, Money minimum) {}

    /** A round's opening and deadline in Copenhagen time, and the deadline's instant. */
    public record CurrentRound(int number, LocalDateTime opens, LocalDateTime deadline, Instant deadlineInstant) {

        public static CurrentRound of(Round round) {
            return new CurrentRound(
                    round.number(),
                    round.opens(),
                    round.deadline().local(),
                    round.deadline().instant());
        }
    }

    /** Every current pool, soonest last deadline first. */
    public List<CurrentPool> all(Locale locale) {
        return queries.query(new FindPools(), ResponseTypes.multipleInstancesOf(PoolView.class)).join().stream()
                .filter(pool -> CURRENT.contains(pool.status()))
                .sorted(Comparator.comparing(CurrentPools::lastDeadline))
                .map(pool -> current(pool, locale.getLanguage()))
                .toList();
    }

    /** A pool as the public reads it, in the reader's language; any pool the public may read, current or not. */
    public CurrentPool of(PoolView pool, Locale locale) {
        return current(pool, locale.getLanguage());
    }

    private CurrentPool current(PoolView pool, String language) {
        PoolTerms terms = pool.terms();
        return new CurrentPool(
                pool.poolId(),
                terms.in(language).title(),
                terms.in(language).description(),
                pool.status(),
                pool.budget(),
                terms.eligibleKinds(),
                terms.rounds().stream().map(CurrentRound::of).toList(),
                terms.projectPeriod(),
                pool.planned(),
                terms.meetings(),
                meetings.about(pool.poolId().value()).stream()
                        .map(m -> m.in(language))
                        .toList(),
                terms.categories().stream()
                        .map(c -> new CurrentCategory(c.code(), c.titleIn(language)))
                        .toList(),
                terms.earmarks().stream()
                        .map(e -> new CurrentEarmark(e.line(), e.purposeIn(language), e.minimum()))
                        .toList(),
                terms.grantConditions().returnsTo(),
                terms.applicationForm().questions().stream()
                        .map(q -> CurrentQuestion.of(q, language))
                        .toList(),
                terms.assessmentRules().criteria().stream()
                        .map(c -> new CurrentCriterion(c.code(), c.titleIn(language), c.weight(), c.maxScore()))
                        .toList());
    }

    private static Instant lastDeadline(PoolView pool) {
        List<Round> rounds = pool.terms().rounds();
        return rounds.get(rounds.size() - 1).deadline().instant();
    }
}
