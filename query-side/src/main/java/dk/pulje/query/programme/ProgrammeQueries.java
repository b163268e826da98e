package dk.pulje.query.programme;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.FindProgramme;
import dk.pulje.shared.programme.FindProgrammes;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.ProgrammeView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers programme queries; what the pools have awarded is summed from the pool overview when asked, and so are
 * their number and budgets for a reader who must not learn of a draft.
 */
@Component
class ProgrammeQueries {

    private static final String PROGRAMMES = """
            SELECT p.programme_id, p.name, p.envelope_oere, %s,
                   COALESCE(SUM(o.awarded_oere), 0) AS awarded_oere,
                   COALESCE(MAX(g.paid_oere), 0) AS paid_oere, COALESCE(MAX(g.repaid_oere), 0) AS repaid_oere
            FROM programme_overview p
            LEFT JOIN pool_overview o ON o.programme_id = p.programme_id%s
            LEFT JOIN (SELECT programme_id, SUM(paid_oere) AS paid_oere, SUM(repaid_oere) AS repaid_oere
                       FROM grant_overview GROUP BY programme_id) g ON g.programme_id = p.programme_id
            %s
            GROUP BY p.programme_id, p.name, p.envelope_oere, p.allocated_oere, p.pool_count
            ORDER BY p.name, p.programme_id""";
    /** Every pool the programme funds, drafts too, as the programme's own events count them. */
    private static final String[] EVERY_POOL = {"p.allocated_oere, p.pool_count", ""};
    /** The pools made public (announced, published or closed): a draft adds nothing a reader could notice. */
    private static final String[] PUBLIC_POOLS = {"COALESCE(SUM(o.budget_oere), 0) AS allocated_oere, "
            + "COUNT(o.pool_id) AS pool_count", " AND o.status <> 'DRAFT'"};
    private static final String ONE = "WHERE p.programme_id = :programme_id";

    private static final RowMapper<ProgrammeView> VIEW = (row, index) -> {
        Money envelope = Rows.money(row, "envelope_oere");
        Money allocated = Rows.money(row, "allocated_oere");
        return new ProgrammeView(ProgrammeId.of(row.getString("programme_id")), row.getString("name"), envelope,
                allocated, envelope.minus(allocated), Rows.money(row, "awarded_oere"), row.getInt("pool_count"),
                Rows.money(row, "paid_oere"), Rows.money(row, "repaid_oere"));
    };

    private final NamedParameterJdbcTemplate jdbc;

    ProgrammeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ProgrammeView> handle(FindProgrammes query) {
        return programmes(EVERY_POOL, null);
    }

    @QueryHandler
    Optional<ProgrammeView> handle(FindProgramme query) {
        return programmes(EVERY_POOL, query.programmeId()).stream().findFirst();
    }

    @QueryHandler
    List<ProgrammeView> handle(FindProgrammesPublicly query) {
        return programmes(PUBLIC_POOLS, query.programmeId());
    }

    private List<ProgrammeView> programmes(String[] pools, ProgrammeId programmeId) {
        return programmeId == null ? jdbc.query(PROGRAMMES.formatted(pools[0], pools[1], ""), VIEW)
                : jdbc.query(PROGRAMMES.formatted(pools[0], pools[1], ONE),
                        Map.of("programme_id", programmeId.value()), VIEW);
    }
}
