package dk.pulje.query.pool;

import static dk.pulje.shared.application.ApplicationStatus.AWARDED;
import static dk.pulje.shared.application.ApplicationStatus.ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.NOT_ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.REJECTED;
import static dk.pulje.shared.application.ApplicationStatus.SUBMITTED;
import static dk.pulje.shared.application.ApplicationStatus.WITHDRAWN;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolAmendmentRefused;
import dk.pulje.shared.pool.PoolAnnounced;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PoolView.PendingAmendment;
import dk.pulje.shared.pool.ReturnsTo;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * A pool's status, money, terms and how many applications stand in each status. The status of every application
 * is kept beside the pool, so counts move from status to status instead of being added up twice.
 */
@Component
@ProcessingGroup(ProcessingGroups.POOL_OVERVIEW)
class PoolOverviewProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    PoolOverviewProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("pool_overview", "pool_id"),
                new Table("pool_overview_application", "pool_id, application_id"));
    }

    @EventHandler
    void on(PoolDrafted event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "pool_overview",
                pool(event.poolId(), sequence)
                        .addValue("programme_id", event.programmeId().value())
                        .addValue("status", PoolStatus.DRAFT.name())
                        .addValue("budget_oere", event.budget().oere())
                        .addValue("awarded_oere", 0L)
                        .addValue("returned_to_pool_oere", 0L)
                        .addValue("returned_to_state_oere", 0L)
                        .addValue("rules_version", 1)
                        .addValue("terms", JsonColumns.write(event.terms()))
                        .addValue("drafted_at", Rows.timestamp(event.decision().decidedAt())),
                "pool_id");
    }

    @EventHandler
    void on(PoolAnnounced event, @SequenceNumber long sequence) {
        changePool(
                event.poolId(),
                sequence,
                Changes.set("status", PoolStatus.ANNOUNCED.name()).and("planned", JsonColumns.write(event.planned())));
    }

    @EventHandler
    void on(PoolPublished event, @SequenceNumber long sequence) {
        if (event.rounds() == null) {
            changePool(event.poolId(), sequence, published(event));
            return;
        }
        withTerms(
                event.poolId(),
                sequence,
                terms -> changePool(
                        event.poolId(),
                        sequence,
                        published(event).and("terms", JsonColumns.write(terms.withRounds(event.rounds())))));
    }

    private static Changes published(PoolPublished event) {
        return Changes.set("status", PoolStatus.PUBLISHED.name()).and("rules_version", event.rulesVersion());
    }

    /** The rounds and assessment rules live inside the terms, so the terms are read, amended and written back. */
    @EventHandler
    void on(PoolAmended event, @SequenceNumber long sequence) {
        withTerms(
                event.poolId(),
                sequence,
                terms -> changePool(
                        event.poolId(),
                        sequence,
                        Changes.set("budget_oere", event.budget().oere())
                                .and("rules_version", event.rulesVersion())
                                .and("terms", JsonColumns.write(event.applyTo(terms)))
                                .and("pending_amendment", null)));
    }

    @EventHandler
    void on(PoolAmendmentProposed event, @SequenceNumber long sequence) {
        changePool(
                event.poolId(),
                sequence,
                Changes.set("pending_amendment", JsonColumns.write(PendingAmendment.of(event))));
    }

    @EventHandler
    void on(PoolAmendmentRefused event, @SequenceNumber long sequence) {
        changePool(event.poolId(), sequence, Changes.set("pending_amendment", null));
    }

    /** Reads the terms of a pool whose row has not yet seen this event; once it has, nothing is read. */
    private void withTerms(PoolId poolId, long sequence, Consumer<PoolTerms> change) {
        jdbc.queryForList(
                        "SELECT terms FROM pool_overview WHERE pool_id = :pool_id AND last_sequence < :last_sequence",
                        pool(poolId, sequence),
                        String.class)
                .forEach(terms -> change.accept(JsonColumns.readTerms(terms)));
    }

    @EventHandler
    void on(PoolClosed event, @SequenceNumber long sequence) {
        changePool(event.poolId(), sequence, Changes.set("status", PoolStatus.CLOSED.name()));
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "pool_overview_application",
                application(event.poolId(), event.applicationId(), sequence).addValue("status", SUBMITTED.name()),
                "pool_id",
                "application_id");
    }

    @EventHandler
    void on(ApplicationWithdrawn event, @SequenceNumber long sequence) {
        changeStatus(event.poolId(), event.applicationId(), sequence, WITHDRAWN);
    }

    @EventHandler
    void on(ApplicationScreened event, @SequenceNumber long sequence) {
        changeStatus(event.poolId(), event.applicationId(), sequence, event.eligible() ? ELIGIBLE : NOT_ELIGIBLE);
    }

    @EventHandler
    void on(GrantAwarded event, @SequenceNumber long sequence) {
        changePool(
                event.poolId(),
                sequence,
                Changes.add("awarded_oere", event.amount().oere()));
        changeStatus(event.poolId(), event.applicationId(), sequence, AWARDED);
    }

    /** An award changed on reconsideration changes what the pool has awarded by the difference. */
    @EventHandler
    void on(AwardChanged event, @SequenceNumber long sequence) {
        changePool(
                event.poolId(),
                sequence,
                Changes.add(
                        "awarded_oere",
                        event.amount().oere() - event.previousAmount().oere()));
    }

    /** Money no longer awarded, shown where the pool's terms sent it. */
    @EventHandler
    void on(AwardReleased event, @SequenceNumber long sequence) {
        String returned = event.returnsTo() == ReturnsTo.STATE ? "returned_to_state_oere" : "returned_to_pool_oere";
        changePool(
                event.poolId(),
                sequence,
                Changes.add("awarded_oere", -event.amount().oere())
                        .plus(returned, event.amount().oere()));
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long sequence) {
        changeStatus(event.poolId(), event.applicationId(), sequence, REJECTED);
    }

    private void changePool(PoolId poolId, long sequence, Changes changes) {
        Rows.updateOnce(jdbc, "pool_overview", Map.of("pool_id", poolId.value()), sequence, changes);
    }

    private void changeStatus(PoolId poolId, ApplicationId applicationId, long sequence, ApplicationStatus status) {
        Rows.updateOnce(
                jdbc,
                "pool_overview_application",
                Map.of("pool_id", poolId.value(), "application_id", applicationId.value()),
                sequence,
                Changes.set("status", status.name()));
    }

    private static MapSqlParameterSource pool(PoolId poolId, long sequence) {
        return new MapSqlParameterSource("pool_id", poolId.value()).addValue("last_sequence", sequence);
    }

    private static MapSqlParameterSource application(PoolId poolId, ApplicationId applicationId, long sequence) {
        return pool(poolId, sequence).addValue("application_id", applicationId.value());
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
