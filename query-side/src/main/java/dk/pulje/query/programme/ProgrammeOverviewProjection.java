package dk.pulje.query.programme;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.PoolBudgetReallocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.List;

/** A programme's envelope and how much of it its pools hold, from the programme's own stream. */
@Component
@ProcessingGroup(ProcessingGroups.PROGRAMME_OVERVIEW)
class ProgrammeOverviewProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    ProgrammeOverviewProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(new Table("programme_overview", "programme_id"));
    }

    @EventHandler
    void on(ProgrammeEstablished event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(jdbc, "programme_overview", programme(event.programmeId(), sequence)
                .addValue("name", event.name())
                .addValue("envelope_oere", event.envelope().oere())
                .addValue("allocated_oere", 0L)
                .addValue("pool_count", 0), "programme_id");
    }

    @EventHandler
    void on(PoolBudgetAllocated event, @SequenceNumber long sequence) {
        Rows.updateOnce(jdbc, "programme_overview",
                "allocated_oere = allocated_oere + :budget, pool_count = pool_count + 1",
                programme(event.programmeId(), sequence).addValue("budget", event.budget().oere()), "programme_id");
    }

    @EventHandler
    void on(PoolBudgetReallocated event, @SequenceNumber long sequence) {
        Rows.updateOnce(jdbc, "programme_overview", "allocated_oere = allocated_oere - :previous + :budget",
                programme(event.programmeId(), sequence)
                        .addValue("previous", event.previousBudget().oere())
                        .addValue("budget", event.budget().oere()), "programme_id");
    }

    private static MapSqlParameterSource programme(ProgrammeId programmeId, long sequence) {
        return new MapSqlParameterSource("programme_id", programmeId.value()).addValue("last_sequence", sequence);
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
