package dk.pulje.query.decisionfigures;

import static dk.pulje.query.decisionfigures.DecisionFiguresProjection.GRANTED;
import static dk.pulje.query.decisionfigures.DecisionFiguresProjection.PENDING;
import static dk.pulje.query.decisionfigures.DecisionFiguresProjection.REJECTED;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.pool.DecisionFiguresView;
import dk.pulje.shared.pool.DecisionFiguresView.CriterionOutcome;
import dk.pulje.shared.pool.DecisionFiguresView.RoundTime;
import dk.pulje.shared.pool.DecisionFiguresView.TimeToDecision;
import dk.pulje.shared.pool.FindDecisionFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts a pool's decision figures in the database, a few statements whatever the number of applications: the days
 * from each round's deadline to its applications' first decisions (count, median, longest, and how many wait for one
 * after the deadline), and the mean score per criterion of the applications granted and rejected.
 */
@Component
class DecisionFigures {

    /** Each decided application of the pool, its round and the day of its first decision. */
    private static final String DECIDED = "SELECT a.round_number, MIN(d.decided_day) AS decided_day"
            + " FROM figures_application a JOIN figures_decision d"
            + " ON d.pool_id = a.pool_id AND d.application_id = a.application_id"
            + " WHERE a.pool_id = :pool_id GROUP BY a.round_number, a.application_id";

    /** The pool's rounds as its latest event that set them has them. */
    private static final String ROUNDS = "(SELECT * FROM figures_round f WHERE f.pool_id = :pool_id"
            + " AND f.aggregate_sequence = (SELECT MAX(l.aggregate_sequence) FROM figures_round l"
            + " WHERE l.pool_id = :pool_id))";

    private static final String DAYS = "COUNT(x.decided_day) AS decided,"
            + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x.decided_day - r.deadline_day) AS median_days,"
            + " MAX(x.decided_day - r.deadline_day) AS longest_days";

    /**
     * Per application and criterion the consensus score, or where it has no consensus the mean of its independent
     * assessments' scores.
     */
    private static final String SCORED = "SELECT c.application_id, c.criterion, CAST(c.score AS DECIMAL(12, 4))"
            + " AS score FROM figures_consensus_score c WHERE c.pool_id = :pool_id"
            + " AND c.aggregate_sequence = (SELECT MAX(l.aggregate_sequence) FROM figures_consensus_score l"
            + " WHERE l.pool_id = c.pool_id AND l.application_id = c.application_id)"
            + " UNION ALL SELECT s.application_id, s.criterion, AVG(CAST(s.score AS DECIMAL(12, 4))) AS score"
            + " FROM figures_assessment_score s WHERE s.pool_id = :pool_id AND NOT EXISTS (SELECT 1 FROM"
            + " figures_consensus_score c WHERE c.pool_id = s.pool_id AND c.application_id = s.application_id)"
            + " GROUP BY s.application_id, s.criterion";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DecisionFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    DecisionFiguresView handle(FindDecisionFigures query) {
        MapSqlParameterSource pool = new MapSqlParameterSource(
                        "pool_id", query.poolId().value())
                .addValue("now", Rows.timestamp(clock.instant()));
        Map<Integer, Integer> undecided = new HashMap<>();
        jdbc.query(
                "SELECT a.round_number, COUNT(*) AS undecided FROM figures_application a JOIN " + ROUNDS + " r"
                        + " ON r.pool_id = a.pool_id AND r.round_number = a.round_number"
                        + " WHERE a.pool_id = :pool_id AND a.status = '" + PENDING + "' AND r.deadline_at <= :now"
                        + " GROUP BY a.round_number",
                pool,
                row -> {
                    undecided.put(row.getInt("round_number"), row.getInt("undecided"));
                });
        List<RoundTime> rounds = jdbc.query(
                "SELECT r.round_number, r.deadline, " + DAYS + " FROM " + ROUNDS + " r LEFT JOIN (" + DECIDED
                        + ") x ON x.round_number = r.round_number"
                        + " GROUP BY r.round_number, r.deadline ORDER BY r.round_number",
                pool,
                (row, i) -> new RoundTime(
                        row.getInt("round_number"),
                        Deadline.of(row.getString("deadline")),
                        time(row, undecided.getOrDefault(row.getInt("round_number"), 0))));
        TimeToDecision whole = jdbc
                .query(
                        "SELECT " + DAYS + " FROM " + ROUNDS + " r JOIN (" + DECIDED
                                + ") x ON x.round_number = r.round_number",
                        pool,
                        (row, i) -> time(
                                row,
                                undecided.values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum()))
                .stream()
                .findFirst()
                .orElse(TimeToDecision.NONE);
        return new DecisionFiguresView(query.poolId(), whole, rounds, outcomes(pool));
    }

    private static TimeToDecision time(ResultSet row, int undecided) throws SQLException {
        BigDecimal median = row.getBigDecimal("median_days");
        return new TimeToDecision(
                row.getInt("decided"),
                median == null ? null : median.setScale(1, RoundingMode.HALF_UP),
                Rows.nullableInt(row, "longest_days"),
                undecided);
    }

    private List<CriterionOutcome> outcomes(MapSqlParameterSource pool) {
        Map<String, CriterionOutcome> byCriterion = new LinkedHashMap<>();
        jdbc.query(
                "SELECT s.criterion, a.status, COUNT(*) AS applications, AVG(s.score) AS mean FROM (" + SCORED
                        + ") s JOIN figures_application a ON a.pool_id = :pool_id"
                        + " AND a.application_id = s.application_id WHERE a.status IN ('" + GRANTED + "', '"
                        + REJECTED + "') GROUP BY s.criterion, a.status ORDER BY s.criterion",
                pool,
                row -> {
                    String criterion = row.getString("criterion");
                    int count = row.getInt("applications");
                    BigDecimal mean = row.getBigDecimal("mean").setScale(2, RoundingMode.HALF_UP);
                    CriterionOutcome before =
                            byCriterion.getOrDefault(criterion, new CriterionOutcome(criterion, 0, null, 0, null));
                    byCriterion.put(
                            criterion,
                            GRANTED.equals(row.getString("status"))
                                    ? new CriterionOutcome(
                                            criterion, count, mean, before.rejected(), before.rejectedMean())
                                    : new CriterionOutcome(
                                            criterion, before.granted(), before.grantedMean(), count, mean));
                });
        return List.copyOf(byCriterion.values());
    }
}
