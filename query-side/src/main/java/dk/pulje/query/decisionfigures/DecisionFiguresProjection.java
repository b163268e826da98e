package dk.pulje.query.decisionfigures;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.Round;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * What a pool's decision figures are counted from: its rounds' deadlines, its applications' rounds and outcomes, each
 * award and rejection with its date, and the scores on each criterion. The counting is done when they are read, in
 * SQL ({@link DecisionFigures}). Rounds and consensus scores are inserted once per event and never changed (the
 * latest event's rows count), so no row is inserted twice in a batch.
 */
@Component
@ProcessingGroup(ProcessingGroups.DECISION_FIGURES)
class DecisionFiguresProjection implements ReadModel {

    static final String PENDING = "PENDING";
    static final String GRANTED = "GRANTED";
    static final String REJECTED = "REJECTED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final ProjectionJdbc jdbc;

    DecisionFiguresProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("figures_round", "pool_id, aggregate_sequence, round_number"),
                new Table("figures_application", "pool_id, application_id"),
                new Table("figures_decision", "pool_id, aggregate_sequence"),
                new Table("figures_consensus_score", "pool_id, aggregate_sequence, criterion"),
                new Table("figures_assessment_score", "pool_id, application_id, assessor, criterion"));
    }

    @EventHandler
    void on(PoolDrafted event, @SequenceNumber long sequence) {
        rounds(event.poolId(), event.terms().rounds(), sequence);
    }

    /** An announced pool is published with its real rounds; otherwise the drafted ones stand. */
    @EventHandler
    void on(PoolPublished event, @SequenceNumber long sequence) {
        if (event.rounds() != null) {
            rounds(event.poolId(), event.rounds(), sequence);
        }
    }

    @EventHandler
    void on(PoolAmended event, @SequenceNumber long sequence) {
        if (event.rounds() != null) {
            rounds(event.poolId(), event.rounds(), sequence);
        }
    }

    /** The rounds as of this event, all of them: the latest event's rows are the pool's rounds. */
    private void rounds(PoolId pool, List<Round> rounds, long sequence) {
        for (Round round : rounds) {
            Deadline deadline = round.deadline();
            Rows.insertIfAbsent(
                    jdbc,
                    "figures_round",
                    new MapSqlParameterSource("pool_id", pool.value())
                            .addValue("aggregate_sequence", sequence)
                            .addValue("round_number", round.number())
                            .addValue("deadline", deadline.toString())
                            .addValue("deadline_at", Rows.timestamp(deadline.instant()))
                            .addValue(
                                    "deadline_day",
                                    deadline.local().toLocalDate().toEpochDay()),
                    "pool_id",
                    "aggregate_sequence",
                    "round_number");
        }
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "figures_application",
                new MapSqlParameterSource("pool_id", event.poolId().value())
                        .addValue("application_id", event.applicationId().value())
                        .addValue("round_number", event.round())
                        .addValue("status", PENDING)
                        .addValue("last_sequence", sequence),
                "pool_id",
                "application_id");
    }

    @EventHandler
    void on(ApplicationWithdrawn event, @SequenceNumber long sequence) {
        status(event.poolId(), event.applicationId(), WITHDRAWN, sequence);
    }

    @EventHandler
    void on(GrantAwarded event, @SequenceNumber long sequence) {
        decided(event.poolId(), event.applicationId(), GRANTED, event.decision(), sequence);
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long sequence) {
        decided(event.poolId(), event.applicationId(), REJECTED, event.decision(), sequence);
    }

    private void decided(PoolId pool, ApplicationId application, String outcome, Decision decision, long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "figures_decision",
                new MapSqlParameterSource("pool_id", pool.value())
                        .addValue("aggregate_sequence", sequence)
                        .addValue("application_id", application.value())
                        .addValue("outcome", outcome)
                        .addValue(
                                "decided_day",
                                decision.decidedAt()
                                        .atZone(Deadline.COPENHAGEN)
                                        .toLocalDate()
                                        .toEpochDay()),
                "pool_id",
                "aggregate_sequence");
        status(pool, application, outcome, sequence);
    }

    private void status(PoolId pool, ApplicationId application, String status, long sequence) {
        Rows.updateOnce(
                jdbc,
                "figures_application",
                Map.of("pool_id", pool.value(), "application_id", application.value()),
                sequence,
                Changes.set("status", status));
    }

    @EventHandler
    void on(ApplicationAssessed event) {
        for (CriterionScore score : event.scores()) {
            Rows.insertIfAbsent(
                    jdbc,
                    "figures_assessment_score",
                    new MapSqlParameterSource("pool_id", event.poolId().value())
                            .addValue("application_id", event.applicationId().value())
                            .addValue("assessor", event.decision().decidedBy())
                            .addValue("criterion", score.criterion())
                            .addValue("score", score.score()),
                    "pool_id",
                    "application_id",
                    "assessor",
                    "criterion");
        }
    }

    /** Each consensus is kept; the application's latest counts ({@link DecisionFigures}). */
    @EventHandler
    void on(ConsensusRecorded event, @SequenceNumber long sequence) {
        for (CriterionScore score : event.scores()) {
            Rows.insertIfAbsent(
                    jdbc,
                    "figures_consensus_score",
                    new MapSqlParameterSource("pool_id", event.poolId().value())
                            .addValue("aggregate_sequence", sequence)
                            .addValue("application_id", event.applicationId().value())
                            .addValue("criterion", score.criterion())
                            .addValue("score", score.score()),
                    "pool_id",
                    "aggregate_sequence",
                    "criterion");
        }
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
