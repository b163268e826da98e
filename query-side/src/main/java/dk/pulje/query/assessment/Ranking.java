package dk.pulje.query.assessment;

import dk.pulje.query.assessment.AssessmentQueries.Scored;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationPage;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.FindApplications;
import dk.pulje.shared.application.FindRanking;
import dk.pulje.shared.application.RankingView;
import dk.pulje.shared.application.RankingView.Ranked;
import dk.pulje.shared.pool.PoolId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A pool's applications with a consensus, ranked as its allocation ranks them: the priority rule first, then the
 * weighted consensus score, ties going to the earlier submission. The applicants, statuses and the priority rule's verdict
 * are the applications slice's: asked for through its query, never read from its tables.
 */
@Component
class Ranking {

    private static final int PAGE = 200;

    private final AssessmentQueries assessments;
    private final QueryGateway queries;

    Ranking(AssessmentQueries assessments, QueryGateway queries) {
        this.assessments = assessments;
        this.queries = queries;
    }

    @QueryHandler
    RankingView handle(FindRanking query) {
        return of(query.poolId());
    }

    RankingView of(PoolId poolId) {
        Map<ApplicationId, ApplicationView> applications = applications(poolId);
        List<Scored> scored = new ArrayList<>(assessments.consensusScores(poolId));
        scored.sort(allocationOrder(applications));
        List<Ranked> ranked = new ArrayList<>();
        for (Scored score : scored) {
            ApplicationView application = applications.get(ApplicationId.of(score.applicationId()));
            ranked.add(new Ranked(
                    ranked.size() + 1,
                    ApplicationId.of(score.applicationId()),
                    application == null ? null : application.applicantName(),
                    application == null ? null : application.projectTitle(),
                    application == null ? null : application.status(),
                    score.weightedScore(),
                    application == null ? null : application.priority()));
        }
        long awaiting = applications.values().stream()
                .filter(a -> a.status() == ApplicationStatus.ELIGIBLE)
                .filter(a -> scored.stream()
                        .noneMatch(
                                s -> s.applicationId().equals(a.applicationId().value())))
                .count();
        return new RankingView(poolId, ranked, awaiting);
    }

    /**
     * The order a pool's allocation ranks in: those the priority rule puts first, then the highest score, then the
     * earlier submission, then the id; so the list shows the order an allocation proposed now would follow.
     */
    private static Comparator<Scored> allocationOrder(Map<ApplicationId, ApplicationView> applications) {
        Function<Scored, Optional<ApplicationView>> view =
                score -> Optional.ofNullable(applications.get(ApplicationId.of(score.applicationId())));
        Comparator<Scored> byPriority = Comparator.comparing(score -> view.apply(score)
                .map(ApplicationView::priority)
                .map(priority -> priority.priority() ? 0 : 1)
                .orElse(0));
        return byPriority
                .thenComparing(Scored::weightedScore, Comparator.reverseOrder())
                .thenComparing(
                        score -> view.apply(score)
                                .map(ApplicationView::submittedAt)
                                .orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Scored::applicationId);
    }

    private Map<ApplicationId, ApplicationView> applications(PoolId poolId) {
        Map<ApplicationId, ApplicationView> byId = new HashMap<>();
        for (int page = 0; ; page++) {
            ApplicationPage found = queries.query(new FindApplications(poolId, null, page, PAGE), ApplicationPage.class)
                    .join();
            found.items().forEach(application -> byId.put(application.applicationId(), application));
            if ((long) (page + 1) * PAGE >= found.total()) {
                return byId;
            }
        }
    }
}
