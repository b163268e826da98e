package dk.pulje.query.application;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.ConflictOfInterestDeclared;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.PartnershipDeclined;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import java.sql.Types;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Every decision taken in a pool, one row per event keyed by its place in the pool's stream: who decided, in
 * which role, when and why, with the application and the amount where the decision concerns them.
 */
@Component
@ProcessingGroup(ProcessingGroups.POOL_DECISIONS)
class PoolDecisionsProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    PoolDecisionsProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(new Table("pool_decision", "pool_id, aggregate_sequence"));
    }

    @EventHandler
    void on(PoolDrafted event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, null, event.budget(), null, event.decision());
    }

    @EventHandler
    void on(PoolPublished event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, null, null, null, event.decision());
    }

    @EventHandler
    void on(PoolAmended event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, null, event.budget(), null, event.decision());
    }

    @EventHandler
    void on(PoolClosed event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, null, null, null, event.decision());
    }

    @EventHandler
    void on(ApplicationAmended event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), event.amountRequested(), null, event.decision());
    }

    @EventHandler
    void on(ApplicationWithdrawn event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), null, null, event.decision());
    }

    @EventHandler
    void on(ApplicationScreened event, @SequenceNumber long sequence) {
        record(
                event,
                event.poolId(),
                sequence,
                event.applicationId(),
                null,
                event.eligible() ? "eligible" : "not eligible",
                event.decision());
    }

    @EventHandler
    void on(ApplicationScored event, @SequenceNumber long sequence) {
        record(
                event,
                event.poolId(),
                sequence,
                event.applicationId(),
                null,
                "score " + event.score(),
                event.decision());
    }

    @EventHandler
    void on(AssessorAssigned event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), null, "assessor assigned", event.decision());
    }

    @EventHandler
    void on(ApplicationAssessed event, @SequenceNumber long sequence) {
        record(
                event,
                event.poolId(),
                sequence,
                event.applicationId(),
                null,
                "weighted score " + event.weightedScore().toPlainString(),
                event.decision());
    }

    @EventHandler
    void on(ConsensusRecorded event, @SequenceNumber long sequence) {
        record(
                event,
                event.poolId(),
                sequence,
                event.applicationId(),
                null,
                "consensus " + event.weightedScore().toPlainString(),
                event.decision());
    }

    @EventHandler
    void on(GrantAwarded event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), event.amount(), null, event.decision());
    }

    @EventHandler
    void on(ConflictOfInterestDeclared event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), null, "conflict of interest", event.decision());
    }

    @EventHandler
    void on(PartnershipConfirmed event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), null, "partnership confirmed", event.decision());
    }

    @EventHandler
    void on(PartnershipDeclined event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), null, "partnership declined", event.decision());
    }

    /** The lead decided, so the outcome names the partner it removed (by key: the outcome holds 40 characters). */
    @EventHandler
    void on(PartnerRemoved event, @SequenceNumber long sequence) {
        record(
                event,
                event.poolId(),
                sequence,
                event.applicationId(),
                null,
                "partner removed: " + event.partner().key(),
                event.decision());
    }

    /** An award changed on reconsideration: its new amount, and the old one in the outcome. */
    @EventHandler
    void on(AwardChanged event, @SequenceNumber long sequence) {
        record(
                event,
                event.poolId(),
                sequence,
                event.applicationId(),
                event.amount(),
                "changed from " + event.previousAmount().kroner().toPlainString(),
                event.decision());
    }

    @EventHandler
    void on(AwardReleased event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), event.amount(), "released", event.decision());
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long sequence) {
        record(event, event.poolId(), sequence, event.applicationId(), null, null, event.decision());
    }

    private void record(
            Object event,
            PoolId poolId,
            long sequence,
            ApplicationId applicationId,
            Money amount,
            String outcome,
            Decision decision) {
        Rows.insertIfAbsent(
                jdbc,
                "pool_decision",
                new MapSqlParameterSource()
                        .addValue("pool_id", poolId.value())
                        .addValue("aggregate_sequence", sequence)
                        .addValue("kind", event.getClass().getSimpleName())
                        .addValue("application_id", applicationId == null ? null : applicationId.value(), Types.VARCHAR)
                        .addValue("amount_oere", amount == null ? null : amount.oere(), Types.BIGINT)
                        .addValue("outcome", outcome, Types.VARCHAR)
                        .addValue("decided_by", decision.decidedBy())
                        .addValue("role", decision.role().name())
                        .addValue("decided_at", Rows.timestamp(decision.decidedAt()))
                        .addValue("reason", decision.reason(), Types.VARCHAR),
                "pool_id",
                "aggregate_sequence");
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
