package dk.pulje.query.decision;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.decision.ComplaintForwarded;
import dk.pulje.shared.decision.DecisionChanged;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionUpheld;
import dk.pulje.shared.decision.ReconsiderationRequested;
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
 * The letters of each application's decision and the reconsiderations asked of it, with where each stands: who
 * handled it, in which role, when and why. A reconsideration's pool is its letter's.
 */
@Component
@ProcessingGroup(ProcessingGroups.DECISIONS)
class DecisionsProjection implements ReadModel {

    static final String RECEIVED = "RECEIVED";
    static final String UPHELD = "UPHELD";
    static final String CHANGED = "CHANGED";
    static final String FORWARDED = "FORWARDED";

    private final ProjectionJdbc jdbc;

    DecisionsProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("decision_letter", "application_id, aggregate_sequence"),
                new Table("reconsideration", "application_id, reconsideration_id"));
    }

    @EventHandler
    void on(DecisionLetterIssued event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "decision_letter",
                new MapSqlParameterSource(
                                "application_id", event.applicationId().value())
                        .addValue("aggregate_sequence", sequence)
                        .addValue("pool_id", event.poolId().value())
                        .addValue("outcome", event.outcome().name())
                        .addValue(
                                "amount_oere",
                                event.amount() == null ? null : event.amount().oere(),
                                Types.BIGINT)
                        .addValue("document_id", event.documentId())
                        .addValue("sha256", event.sha256())
                        .addValue("language", event.language())
                        .addValue("issued_at", Rows.timestamp(event.decision().decidedAt()))
                        .addValue("reconsideration_by", event.reconsiderationBy())
                        .addValue("complaint_body", event.complaintBody()),
                "application_id",
                "aggregate_sequence");
    }

    @EventHandler
    void on(ReconsiderationRequested event, @SequenceNumber long sequence) {
        String applicationId = event.decisionId().value();
        String poolId = jdbc.queryForObject(
                "SELECT MAX(pool_id) FROM decision_letter WHERE application_id = :application_id",
                new MapSqlParameterSource("application_id", applicationId),
                String.class);
        Rows.insertIfAbsent(
                jdbc,
                "reconsideration",
                new MapSqlParameterSource("reconsideration_id", event.reconsiderationId())
                        .addValue("application_id", applicationId)
                        .addValue("pool_id", poolId)
                        .addValue("organisation", event.organisation())
                        .addValue("status", RECEIVED)
                        .addValue("requested_by", event.decision().decidedBy())
                        .addValue(
                                "requested_at", Rows.timestamp(event.decision().decidedAt()))
                        .addValue("reason", event.decision().reason())
                        .addValue("last_sequence", sequence),
                "application_id",
                "reconsideration_id");
    }

    @EventHandler
    void on(DecisionUpheld event, @SequenceNumber long sequence) {
        handled(
                event.decisionId(),
                event.reconsiderationId(),
                event.decision(),
                sequence,
                Changes.set("status", UPHELD));
    }

    @EventHandler
    void on(DecisionChanged event, @SequenceNumber long sequence) {
        handled(
                event.decisionId(),
                event.reconsiderationId(),
                event.decision(),
                sequence,
                Changes.set("status", CHANGED).and("amount_oere", event.amount().oere()));
    }

    @EventHandler
    void on(ComplaintForwarded event, @SequenceNumber long sequence) {
        handled(
                event.decisionId(),
                event.reconsiderationId(),
                event.decision(),
                sequence,
                Changes.set("status", FORWARDED).and("complaint_body", event.complaintBody()));
    }

    private void handled(
            DecisionId decisionId, String reconsiderationId, Decision decision, long sequence, Changes outcome) {
        Rows.updateOnce(
                jdbc,
                "reconsideration",
                Map.of("application_id", decisionId.value(), "reconsideration_id", reconsiderationId),
                sequence,
                outcome.and("handled_by", decision.decidedBy())
                        .and("handled_role", decision.role().name())
                        .and("handled_at", Rows.timestamp(decision.decidedAt()))
                        .and("outcome_reason", decision.reason()));
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
