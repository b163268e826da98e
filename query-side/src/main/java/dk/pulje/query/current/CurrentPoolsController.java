package dk.pulje.query.current;

import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.meeting.MeetingReadModel;
import dk.pulje.query.web.ReadsFrom;
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
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.pool.Round;
import dk.pulje.spring.security.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public list of current pools, for anyone, without signing in (like the dashboard, it reads the features and
 * nothing reads it): pools announced or open, with their budget, who
 * may apply, their rounds' deadlines in Copenhagen time, the planned dates of an announcement and the information
 * meetings. Nothing about applications or people.
 */
@RestController
@Tag(name = "Public", description = "What anyone may read without signing in")
class CurrentPoolsController {

    private static final Set<PoolStatus> CURRENT = Set.of(PoolStatus.ANNOUNCED, PoolStatus.PUBLISHED);

    private final QueryGateway queries;
    private final MeetingReadModel meetings;

    CurrentPoolsController(QueryGateway queries, MeetingReadModel meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    record CurrentPool(
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
            ReturnsTo unspentMoneyReturnsTo) {}

    /** What may be funded, titled in the reader's language where the pool has it. */
    record CurrentCategory(String code, String title) {}

    /** A part of each grant reserved for a purpose, told in the reader's language where the pool has it. */
    record CurrentEarmark(String line, String purpose, Money minimum) {}

    /** A round's opening and deadline in Copenhagen time, and the deadline's instant. */
    record CurrentRound(int number, LocalDateTime opens, LocalDateTime deadline, Instant deadlineInstant) {

        static CurrentRound of(Round round) {
            return new CurrentRound(
                    round.number(),
                    round.opens(),
                    round.deadline().local(),
                    round.deadline().instant());
        }
    }

    @Operation(
            summary = "Pools announced or open for applications, soonest deadline first (no sign-in); title, "
                    + "description, categories, earmarks and meeting material in the language Accept-Language asks for where "
                    + "the pool has a translation into it, else as published; where money no longer awarded goes")
    @ReadsFrom({POOL_OVERVIEW, MEETINGS})
    @Public
    @GetMapping("/public/pools")
    List<CurrentPool> currentPools(Locale locale) {
        return queries.query(new FindPools(), ResponseTypes.multipleInstancesOf(PoolView.class)).join().stream()
                .filter(pool -> CURRENT.contains(pool.status()))
                .sorted(Comparator.comparing(CurrentPoolsController::lastDeadline))
                .map(pool -> current(pool, locale.getLanguage()))
                .toList();
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
                terms.grantConditions().returnsTo());
    }

    private static Instant lastDeadline(PoolView pool) {
        List<Round> rounds = pool.terms().rounds();
        return rounds.get(rounds.size() - 1).deadline().instant();
    }
}
