package dk.pulje.query.programme;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.InitiativeFundedDirectly;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.PoolBudgetReallocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * A programme's envelope, its yearly envelopes and tracks, and what its pools and directly funded initiatives hold,
 * from the programme's own stream.
 */
@Component
@ProcessingGroup(ProcessingGroups.PROGRAMME_OVERVIEW)
class ProgrammeOverviewProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    ProgrammeOverviewProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("programme_overview", "programme_id"),
                new Table("programme_year", "programme_id, finance_year"),
                new Table("programme_track", "programme_id, code"),
                new Table("programme_share", "programme_id, holder, finance_year"));
    }

    @EventHandler
    void on(ProgrammeEstablished event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "programme_overview",
                programme(event.programmeId(), sequence)
                        .addValue("name", event.name())
                        .addValue("envelope_oere", event.envelope().oere())
                        .addValue("allocated_oere", 0L)
                        .addValue("pool_count", 0)
                        .addValue("direct_oere", 0L),
                "programme_id");
        event.years()
                .years()
                .forEach((year, envelope) -> Rows.insertIfAbsent(
                        jdbc,
                        "programme_year",
                        new MapSqlParameterSource(
                                        "programme_id", event.programmeId().value())
                                .addValue("finance_year", year)
                                .addValue("envelope_oere", envelope.oere()),
                        "programme_id",
                        "finance_year"));
        List<Track> tracks = event.tracks();
        for (int position = 0; position < tracks.size(); position++) {
            Track track = tracks.get(position);
            Rows.insertIfAbsent(
                    jdbc,
                    "programme_track",
                    new MapSqlParameterSource(
                                    "programme_id", event.programmeId().value())
                            .addValue("code", track.code())
                            .addValue("position", position)
                            .addValue("name", track.name())
                            .addValue(
                                    "budget_oere",
                                    track.budget() == null
                                            ? null
                                            : track.budget().oere()),
                    "programme_id",
                    "code");
        }
    }

    @EventHandler
    void on(PoolBudgetAllocated event, @SequenceNumber long sequence) {
        if (seen(event.programmeId(), sequence)) {
            return;
        }
        change(
                event.programmeId(),
                sequence,
                Changes.add("allocated_oere", event.budget().oere()).plus("pool_count", 1));
        share(event.programmeId(), "pool:" + event.poolId(), event.track(), null, event.budget(), event.years());
    }

    @EventHandler
    void on(PoolBudgetReallocated event, @SequenceNumber long sequence) {
        if (seen(event.programmeId(), sequence)) {
            return;
        }
        change(
                event.programmeId(),
                sequence,
                Changes.add(
                        "allocated_oere",
                        event.budget().oere() - event.previousBudget().oere()));
        String holder = "pool:" + event.poolId();
        MapSqlParameterSource key =
                new MapSqlParameterSource("programme_id", event.programmeId().value()).addValue("holder", holder);
        List<String> track = jdbc.queryForList(
                "SELECT track FROM programme_share WHERE programme_id = :programme_id " + "AND holder = :holder",
                key,
                String.class);
        jdbc.update("DELETE FROM programme_share WHERE programme_id = :programme_id AND holder = :holder", key);
        share(event.programmeId(), holder, track.isEmpty() ? null : track.get(0), null, event.budget(), event.years());
    }

    @EventHandler
    void on(InitiativeFundedDirectly event, @SequenceNumber long sequence) {
        if (seen(event.programmeId(), sequence)) {
            return;
        }
        change(
                event.programmeId(),
                sequence,
                Changes.add("direct_oere", event.amount().oere()));
        share(
                event.programmeId(),
                "initiative:" + event.initiativeId(),
                event.track(),
                event.name(),
                event.amount(),
                event.years());
    }

    /** Whether the programme's row has applied this event already (the shares are written only with the row). */
    private boolean seen(ProgrammeId programmeId, long sequence) {
        List<Long> last = jdbc.queryForList(
                "SELECT last_sequence FROM programme_overview WHERE programme_id = :id",
                Map.of("id", programmeId.value()),
                Long.class);
        return last.isEmpty() || last.get(0) >= sequence;
    }

    private void share(
            ProgrammeId programmeId, String holder, String track, String name, Money amount, FinanceYears years) {
        Map<Integer, Money> byYear = years.isEmpty() ? Map.of(0, amount) : years.years();
        byYear.forEach((year, part) -> jdbc.update(
                "INSERT INTO programme_share (programme_id, holder, finance_year, "
                        + "track, name, amount_oere) VALUES (:programme_id, :holder, :finance_year, :track, :name, :amount)",
                new MapSqlParameterSource("programme_id", programmeId.value())
                        .addValue("holder", holder)
                        .addValue("finance_year", year)
                        .addValue("track", track)
                        .addValue("name", name)
                        .addValue("amount", part.oere())));
    }

    private void change(ProgrammeId programmeId, long sequence, Changes changes) {
        Rows.updateOnce(jdbc, "programme_overview", Map.of("programme_id", programmeId.value()), sequence, changes);
    }

    private static MapSqlParameterSource programme(ProgrammeId programmeId, long sequence) {
        return new MapSqlParameterSource("programme_id", programmeId.value()).addValue("last_sequence", sequence);
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
