package dk.pulje.query.assessment;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.ConsensusRecorded;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Who is assigned to assess each application, their independent assessments and the consensus, as the events tell
 * them. An assessment is kept whole; who may see its scores is decided when it is read (see AssessmentController).
 */
@Component
@ProcessingGroup(ProcessingGroups.ASSESSMENTS)
class AssessmentsProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    AssessmentsProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("assessment_assignment", "pool_id, application_id, assessor"),
                new Table("assessment", "pool_id, application_id, assessor"),
                new Table("assessment_consensus", "pool_id, application_id"));
    }

    @EventHandler
    void on(AssessorAssigned event) {
        Rows.insertIfAbsent(
                jdbc,
                "assessment_assignment",
                new MapSqlParameterSource("pool_id", event.poolId().value())
                        .addValue("application_id", event.applicationId().value())
                        .addValue("assessor", event.assessor())
                        .addValue("assigned_by", event.decision().decidedBy())
                        .addValue("assigned_at", Rows.timestamp(event.decision().decidedAt())),
                "pool_id",
                "application_id",
                "assessor");
    }

    @EventHandler
    void on(ApplicationAssessed event) {
        Rows.insertIfAbsent(
                jdbc,
                "assessment",
                new MapSqlParameterSource("pool_id", event.poolId().value())
                        .addValue("application_id", event.applicationId().value())
                        .addValue("assessor", event.decision().decidedBy())
                        .addValue("role", event.decision().role().name())
                        .addValue("assessed_at", Rows.timestamp(event.decision().decidedAt()))
                        .addValue("scores", JsonColumns.write(event.scores()))
                        .addValue("weighted_score", event.weightedScore())
                        .addValue("rules_version", event.rulesVersion())
                        .addValue("reason", event.decision().reason(), Types.VARCHAR),
                "pool_id",
                "application_id",
                "assessor");
    }

    /** A later consensus replaces an earlier one; the row keeps the sequence of the one it holds. */
    @EventHandler
    void on(ConsensusRecorded event, @SequenceNumber long sequence) {
        MapSqlParameterSource row = new MapSqlParameterSource(
                        "pool_id", event.poolId().value())
                .addValue("application_id", event.applicationId().value())
                .addValue("scores", JsonColumns.write(event.scores()))
                .addValue("weighted_score", event.weightedScore())
                .addValue("assessors", String.join("\n", event.assessors()))
                .addValue("rules_version", event.rulesVersion())
                .addValue("decided_by", event.decision().decidedBy())
                .addValue("role", event.decision().role().name())
                .addValue("decided_at", Rows.timestamp(event.decision().decidedAt()))
                .addValue("reason", event.decision().reason(), Types.VARCHAR)
                .addValue("last_sequence", sequence);
        Rows.insertIfAbsent(jdbc, "assessment_consensus", row, "pool_id", "application_id");
        Rows.updateOnce(
                jdbc,
                "assessment_consensus",
                Map.of(
                        "pool_id",
                        event.poolId().value(),
                        "application_id",
                        event.applicationId().value()),
                sequence,
                Changes.set("scores", JsonColumns.write(event.scores()))
                        .and("weighted_score", event.weightedScore())
                        .and("assessors", String.join("\n", event.assessors()))
                        .and("rules_version", event.rulesVersion())
                        .and("decided_by", event.decision().decidedBy())
                        .and("role", event.decision().role().name())
                        .and("decided_at", Rows.timestamp(event.decision().decidedAt()))
                        .and("reason", event.decision().reason()));
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
