package dk.pulje.query.assessment;

import dk.pulje.query.assessment.AssessmentQueries.Scored;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationPage;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.FindApplications;
import dk.pulje.shared.application.RankingView;
import dk.pulje.shared.application.RankingView.Ranked;
import dk.pulje.shared.pool.PoolId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * A pool's applications ranked by weighted consensus score. The applicants, statuses and the priority rule's verdict
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

    RankingView of(PoolId poolId) {
        Map<ApplicationId, ApplicationView> applications = applications(poolId);
        List<Scored> scored = assessments.consensusScores(poolId);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored score = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).weightedScore().compareTo(score.weightedScore()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ApplicationView application = applications.get(ApplicationId.of(score.applicationId()));
            ranked.add(new Ranked(
                    rank,
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
