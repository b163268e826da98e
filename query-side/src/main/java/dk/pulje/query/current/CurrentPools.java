package dk.pulje.query.current;

import dk.pulje.query.meeting.MeetingReadModel;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.FindPools;
import dk.pulje.shared.pool.GuidanceDocument;
import dk.pulje.shared.pool.InformationMeeting;
import dk.pulje.shared.pool.PoolContact;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolInformation;
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
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The pools announced or open for applications, as anyone may read them without signing in: their budget, who may
 * apply, their rounds' deadlines in Copenhagen time, categories and earmarks in the reader's language where the pool
 * has it, the planned dates of an announcement and the information meetings, and whom to contact, the questions and
 * answers and the guidance documents to download. Nothing about applications or applicants. Read by the public API and
 * the applicant portal alike.
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
            List<CurrentCriterion> criteria,
            PoolContact contact,
            List<CurrentFaqEntry> faq,
            List<CurrentGuidance> guidance) {}

    /** A question applicants ask and its answer, in the reader's language where the pool has it. */
    public record CurrentFaqEntry(String question, String answer) {}

    /**
     * A guidance document, titled in the reader's language where the pool has it, downloadable by anyone at
     * {@code href}; {@code sha256} lets the reader check what they got.
     */
    public record CurrentGuidance(
            String documentId, String title, String fileName, String mediaType, long size, String sha256, String href) {

        static CurrentGuidance of(PoolId poolId, GuidanceDocument document, String language) {
            return new CurrentGuidance(
                    document.documentId(),
                    document.titleIn(language),
                    document.fileName(),
                    document.mediaType(),
                    document.size(),
                    document.sha256(),
                    "/public/pools/" + poolId.value() + "/guidance/" + document.documentId());
        }
    }

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

    /**
     * The guidance document {@code documentId} of a pool the public may read (announced, published or closed, never a
     * draft), if the pool publishes it now; any other document, an applicant's attachment above all, is not there.
     */
    public Optional<GuidanceDocument> guidance(PoolId poolId, String documentId) {
        return queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                .join()
                .filter(pool -> pool.status() != PoolStatus.DRAFT)
                .flatMap(pool -> pool.terms().publicInformation().guidanceDocument(documentId));
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
        PoolInformation information = terms.publicInformation();
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
                        .toList(),
                information.contact(),
                information.faq().stream()
                        .map(entry -> entry.in(language))
                        .map(entry -> new CurrentFaqEntry(entry.question(), entry.answer()))
                        .toList(),
                information.guidance().stream()
                        .map(g -> CurrentGuidance.of(pool.poolId(), g, language))
                        .toList());
    }

    private static Instant lastDeadline(PoolView pool) {
        List<Round> rounds = pool.terms().rounds();
        return rounds.get(rounds.size() - 1).deadline().instant();
    }
}
