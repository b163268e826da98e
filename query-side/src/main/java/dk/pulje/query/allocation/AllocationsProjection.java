package dk.pulje.query.allocation;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationApproved;
import dk.pulje.shared.pool.AllocationProposed;
import dk.pulje.shared.pool.AllocationRejected;
import dk.pulje.shared.pool.AllocationView.Status;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.RankedApplication;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Each allocation of a pool, from its proposal to its approval or rejection, and the awards it proposes. */
@Component
@ProcessingGroup(ProcessingGroups.ALLOCATIONS)
class AllocationsProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    AllocationsProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("allocation", "pool_id, allocation_number"),
                new Table("allocation_award", "pool_id, allocation_number, application_id"));
    }

    @EventHandler
    void on(AllocationProposed event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "allocation",
                new MapSqlParameterSource("pool_id", event.poolId().value())
                        .addValue("allocation_number", event.allocation())
                        .addValue("status", Status.PROPOSED.name())
                        .addValue("total_oere", event.total().oere())
                        .addValue("rules_version", event.rulesVersion())
                        .addValue("proposed_by", event.decision().decidedBy())
                        .addValue("proposed_at", Rows.timestamp(event.decision().decidedAt()))
                        .addValue("proposal_reason", event.decision().reason(), Types.VARCHAR)
                        .addValue("last_sequence", sequence),
                "pool_id",
                "allocation_number");
        for (AllocatedAward award : event.awards()) {
            Optional<RankedApplication> ranked = event.ranking().applications().stream()
                    .filter(application -> application.applicationId().equals(award.applicationId()))
                    .findFirst();
            Rows.insertIfAbsent(
                    jdbc,
                    "allocation_award",
                    new MapSqlParameterSource("pool_id", event.poolId().value())
                            .addValue("allocation_number", event.allocation())
                            .addValue("application_id", award.applicationId().value())
                            .addValue(
                                    "ranking_place",
                                    ranked.map(RankedApplication::rank).orElse(null),
                                    Types.INTEGER)
                            .addValue(
                                    "applicant_name",
                                    ranked.map(application -> application.applicant() == null
                                                    ? null
                                                    : application.applicant().name())
                                            .orElse(null),
                                    Types.VARCHAR)
                            .addValue("amount_oere", award.amount().oere()),
                    "pool_id",
                    "allocation_number",
                    "application_id");
        }
    }

    @EventHandler
    void on(AllocationApproved event, @SequenceNumber long sequence) {
        decided(event.poolId(), event.allocation(), Status.APPROVED, event.decision(), sequence);
    }

    @EventHandler
    void on(AllocationRejected event, @SequenceNumber long sequence) {
        decided(event.poolId(), event.allocation(), Status.REJECTED, event.decision(), sequence);
    }

    private void decided(PoolId pool, int allocation, Status status, Decision decision, long sequence) {
        Rows.updateOnce(
                jdbc,
                "allocation",
                Map.of("pool_id", pool.value(), "allocation_number", allocation),
                sequence,
                Changes.set("status", status.name())
                        .and("decided_by", decision.decidedBy())
                        .and("decided_at", Rows.timestamp(decision.decidedAt()))
                        .and("decision_reason", decision.reason()));
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
