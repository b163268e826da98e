package dk.pulje.query.assessment;

import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.AssessmentsView;
import dk.pulje.shared.application.AssessmentsView.Assessment;
import dk.pulje.shared.application.AssessmentsView.Assignment;
import dk.pulje.shared.application.AssessmentsView.Consensus;
import dk.pulje.shared.application.FindAssessments;
import dk.pulje.shared.application.FindAssessorWorkload;
import dk.pulje.shared.application.WorkloadView;
import dk.pulje.shared.application.WorkloadView.AssessorLoad;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers an application's assessments, a pool's consensus scores and its assessors' workload. */
@Component
class AssessmentQueries {

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whole, hidden from no one: the controller blinds it for the reader. */
    @QueryHandler
    AssessmentsView handle(FindAssessments query) {
        MapSqlParameterSource key = new MapSqlParameterSource(
                        "pool_id", query.poolId().value())
                .addValue("application_id", query.applicationId().value());
        List<Assessment> assessments = jdbc.query(
                "SELECT * FROM assessment WHERE pool_id = :pool_id AND application_id = :application_id"
                        + " ORDER BY assessed_at, assessor",
                key,
                (row, i) -> new Assessment(
                        row.getString("assessor"),
                        Role.valueOf(row.getString("role")),
                        Rows.instant(row, "assessed_at"),
                        row.getInt("rules_version"),
                        false,
                        JsonColumns.readScores(row.getString("scores")),
                        row.getBigDecimal("weighted_score"),
                        row.getString("reason")));
        Set<String> assessed =
                new TreeSet<>(assessments.stream().map(Assessment::assessor).toList());
        List<Assignment> assigned = jdbc.query(
                "SELECT * FROM assessment_assignment WHERE pool_id = :pool_id AND application_id = :application_id"
                        + " ORDER BY assigned_at, assessor",
                key,
                (row, i) -> new Assignment(
                        row.getString("assessor"),
                        row.getString("assigned_by"),
                        Rows.instant(row, "assigned_at"),
                        assessed.contains(row.getString("assessor"))));
        Consensus consensus = jdbc
                .query(
                        "SELECT * FROM assessment_consensus WHERE pool_id = :pool_id"
                                + " AND application_id = :application_id",
                        key,
                        (row, i) -> new Consensus(
                                JsonColumns.readScores(row.getString("scores")),
                                row.getBigDecimal("weighted_score"),
                                List.of(row.getString("assessors").split("\n")),
                                row.getInt("rules_version"),
                                row.getString("decided_by"),
                                Role.valueOf(row.getString("role")),
                                Rows.instant(row, "decided_at"),
                                row.getString("reason")))
                .stream()
                .findFirst()
                .orElse(null);
        return new AssessmentsView(query.poolId(), query.applicationId(), assigned, assessments, consensus);
    }

    @QueryHandler
    WorkloadView handle(FindAssessorWorkload query) {
        return new WorkloadView(
                query.poolId(),
                jdbc.query(
                        "SELECT a.assessor, COUNT(*) AS assigned, COUNT(s.assessor) AS assessed"
                                + " FROM assessment_assignment a LEFT JOIN assessment s ON s.pool_id = a.pool_id"
                                + " AND s.application_id = a.application_id AND s.assessor = a.assessor"
                                + " WHERE a.pool_id = :pool_id GROUP BY a.assessor ORDER BY a.assessor",
                        new MapSqlParameterSource("pool_id", query.poolId().value()),
                        (row, i) -> new AssessorLoad(
                                row.getString("assessor"),
                                row.getInt("assigned"),
                                row.getInt("assessed"),
                                row.getInt("assigned") - row.getInt("assessed"))));
    }

    /** Each application of the pool with a consensus, and its weighted consensus score, highest first. */
    List<Scored> consensusScores(PoolId poolId) {
        return jdbc.query(
                "SELECT application_id, weighted_score FROM assessment_consensus WHERE pool_id = :pool_id"
                        + " ORDER BY weighted_score DESC, application_id",
                new MapSqlParameterSource("pool_id", poolId.value()),
                (row, i) -> new Scored(row.getString("application_id"), row.getBigDecimal("weighted_score")));
    }

    record Scored(String applicationId, BigDecimal weightedScore) {}
}
