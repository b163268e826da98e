package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pool's applications with a consensus, highest weighted consensus score first; equal scores share a rank and
 * stand in the order of the application ids. {@code priority} is the pool's priority rule for each (null where the
 * pool has none); {@code awaitingConsensus} counts the eligible applications without one yet.
 */
public record RankingView(PoolId poolId, List<Ranked> items, long awaitingConsensus) {

    public RankingView {
        items = List.copyOf(items);
    }

    public record Ranked(
            int rank,
            ApplicationId applicationId,
            String applicantName,
            String projectTitle,
            ApplicationStatus status,
            BigDecimal weightedScore,
            ApplicationView.Priority priority) {}
}
