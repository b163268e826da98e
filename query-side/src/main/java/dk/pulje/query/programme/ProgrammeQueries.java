package dk.pulje.query.programme;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.FindProgramme;
import dk.pulje.shared.programme.FindProgrammes;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.ProgrammeView;
import dk.pulje.shared.programme.ProgrammeView.InitiativeView;
import dk.pulje.shared.programme.ProgrammeView.TrackView;
import dk.pulje.shared.programme.ProgrammeView.YearView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers programme queries; what the pools have awarded is summed from the pool overview when asked, and so are
 * their number and budgets for a reader who must not learn of a draft: for such a reader a draft pool holds nothing
 * of the programme, its years or its tracks.
 */
@Component
class ProgrammeQueries {

    private static final String PROGRAMMES = """
            SELECT p.programme_id, p.name, p.envelope_oere, %s, p.direct_oere,
                   COALESCE(SUM(o.awarded_oere), 0) AS awarded_oere,
                   COALESCE(SUM(o.returned_to_pool_oere), 0) AS returned_to_pool_oere,
                   COALESCE(SUM(o.returned_to_state_oere), 0) AS returned_to_state_oere,
                   COALESCE(MAX(g.paid_oere), 0) AS paid_oere, COALESCE(MAX(g.repaid_oere), 0) AS repaid_oere
            FROM programme_overview p
            LEFT JOIN pool_overview o ON o.programme_id = p.programme_id%s
            LEFT JOIN (SELECT programme_id, SUM(paid_oere) AS paid_oere, SUM(repaid_oere) AS repaid_oere
                       FROM grant_overview GROUP BY programme_id) g ON g.programme_id = p.programme_id
            %s
            GROUP BY p.programme_id, p.name, p.envelope_oere, p.allocated_oere, p.direct_oere, p.pool_count
            ORDER BY p.name, p.programme_id""";

    private static final String YEARS = """
            SELECT y.programme_id, y.finance_year, y.envelope_oere,
                   (SELECT COALESCE(SUM(s.amount_oere), 0) FROM programme_share s
                    WHERE s.programme_id = y.programme_id AND s.finance_year = y.finance_year%s) AS held_oere
            FROM programme_year y %s ORDER BY y.programme_id, y.finance_year""";

    private static final String TRACKS = """
            SELECT t.programme_id, t.code, t.name, t.budget_oere,
                   (SELECT COALESCE(SUM(s.amount_oere), 0) FROM programme_share s
                    WHERE s.programme_id = t.programme_id AND s.track = t.code%s) AS held_oere
            FROM programme_track t %s ORDER BY t.programme_id, t.position""";

    private static final String INITIATIVES = """
            SELECT programme_id, SUBSTRING(holder, 12) AS initiative_id, MAX(name) AS name, MAX(track) AS track,
                   SUM(amount_oere) AS amount_oere
            FROM programme_share WHERE holder LIKE 'initiative:%%' %s
            GROUP BY programme_id, holder ORDER BY programme_id, holder""";

    /** What every pool the programme funds counts, drafts too, as the programme's own events count them. */
    private static final Pools EVERY_POOL = new Pools("p.allocated_oere, p.pool_count", "", "");
    /** What only the pools made public (announced, published or closed) count: a draft adds nothing one could notice. */
    private static final Pools PUBLIC_POOLS = new Pools(
            "COALESCE(SUM(o.budget_oere), 0) AS allocated_oere, COUNT(o.pool_id) AS pool_count",
            " AND o.status <> 'DRAFT'",
            " AND (s.holder NOT LIKE 'pool:%' OR EXISTS (SELECT 1 FROM pool_overview d"
                    + " WHERE 'pool:' || d.pool_id = s.holder AND d.status <> 'DRAFT'))");

    /** The SQL that makes the programme's figures count every pool or only the public ones. */
    private record Pools(String figures, String joined, String shares) {}

    /** A programme's parts, read before its views are made. */
    private record Parts(
            Map<String, List<YearView>> years,
            Map<String, List<TrackView>> tracks,
            Map<String, List<InitiativeView>> initiatives) {}

    private final NamedParameterJdbcTemplate jdbc;

    ProgrammeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ProgrammeView> handle(FindProgrammes query) {
        return views(EVERY_POOL, null);
    }

    @QueryHandler
    Optional<ProgrammeView> handle(FindProgramme query) {
        return views(EVERY_POOL, query.programmeId().value()).stream().findFirst();
    }

    @QueryHandler
    List<ProgrammeView> handle(FindProgrammesPublicly query) {
        return views(
                PUBLIC_POOLS,
                query.programmeId() == null ? null : query.programmeId().value());
    }

    /** All programmes' views, or only the one of {@code programmeId}. */
    private List<ProgrammeView> views(Pools pools, String programmeId) {
        Map<String, ?> parameters = programmeId == null ? Map.of() : Map.of("programme_id", programmeId);
        Parts parts = new Parts(new HashMap<>(), new HashMap<>(), new HashMap<>());
        jdbc.query(YEARS.formatted(pools.shares(), where(programmeId, "WHERE y")), parameters, row -> {
            parts.years()
                    .computeIfAbsent(row.getString("programme_id"), id -> new ArrayList<>())
                    .add(new YearView(
                            row.getInt("finance_year"),
                            Rows.money(row, "envelope_oere"),
                            Rows.money(row, "held_oere")));
        });
        jdbc.query(TRACKS.formatted(pools.shares(), where(programmeId, "WHERE t")), parameters, row -> {
            parts.tracks()
                    .computeIfAbsent(row.getString("programme_id"), id -> new ArrayList<>())
                    .add(new TrackView(
                            row.getString("code"),
                            row.getString("name"),
                            Rows.money(row, "budget_oere"),
                            Rows.money(row, "held_oere")));
        });
        jdbc.query(INITIATIVES.formatted(where(programmeId, "AND programme_share")), parameters, row -> {
            parts.initiatives()
                    .computeIfAbsent(row.getString("programme_id"), id -> new ArrayList<>())
                    .add(new InitiativeView(
                            row.getString("initiative_id"),
                            row.getString("name"),
                            row.getString("track"),
                            Rows.money(row, "amount_oere")));
        });
        return jdbc.query(
                PROGRAMMES.formatted(pools.figures(), pools.joined(), where(programmeId, "WHERE p")),
                parameters,
                (row, index) -> {
                    String id = row.getString("programme_id");
                    Money envelope = Rows.money(row, "envelope_oere");
                    Money allocated = Rows.money(row, "allocated_oere");
                    Money direct = Rows.money(row, "direct_oere");
                    return new ProgrammeView(
                            ProgrammeId.of(id),
                            row.getString("name"),
                            envelope,
                            allocated,
                            envelope.minus(allocated).minus(direct),
                            Rows.money(row, "awarded_oere"),
                            row.getInt("pool_count"),
                            Rows.money(row, "paid_oere"),
                            Rows.money(row, "repaid_oere"),
                            direct,
                            parts.years().getOrDefault(id, List.of()),
                            parts.tracks().getOrDefault(id, List.of()),
                            parts.initiatives().getOrDefault(id, List.of()),
                            Rows.money(row, "returned_to_pool_oere"),
                            Rows.money(row, "returned_to_state_oere"));
                });
    }

    private static String where(String programmeId, String table) {
        return programmeId == null ? "" : table + ".programme_id = :programme_id";
    }
}
