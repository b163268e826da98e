package dk.pulje.query.pool;

import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.FindPools;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.shared.programme.ProgrammeId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers pool queries from the pool overview. */
@Component
class PoolQueries {

    private final NamedParameterJdbcTemplate jdbc;

    PoolQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<PoolView> handle(FindPools query) {
        return pools("", new MapSqlParameterSource());
    }

    @QueryHandler
    Optional<PoolView> handle(FindPool query) {
        return pools(
                        "WHERE pool_id = :pool_id",
                        new MapSqlParameterSource("pool_id", query.poolId().value()))
                .stream()
                .findFirst();
    }

    /** Newest first: by the time each pool was drafted. */
    private List<PoolView> pools(String where, MapSqlParameterSource parameters) {
        Map<String, Map<ApplicationStatus, Integer>> counts = applicationCounts(where, parameters);
        Map<String, Money[]> payments = payments(where, parameters);
        return jdbc.query(
                "SELECT * FROM pool_overview " + where + " ORDER BY drafted_at DESC, pool_id",
                parameters,
                (row, index) -> {
                    String poolId = row.getString("pool_id");
                    Money budget = Rows.money(row, "budget_oere");
                    Money awarded = Rows.money(row, "awarded_oere");
                    Money toState = Rows.money(row, "returned_to_state_oere");
                    return new PoolView(
                            PoolId.of(poolId),
                            ProgrammeId.of(row.getString("programme_id")),
                            PoolStatus.valueOf(row.getString("status")),
                            budget,
                            awarded,
                            budget.minus(awarded).minus(toState),
                            row.getInt("rules_version"),
                            JsonColumns.readTerms(row.getString("terms")),
                            counts.getOrDefault(poolId, noApplications()),
                            payments.getOrDefault(poolId, NOTHING_PAID)[0],
                            payments.getOrDefault(poolId, NOTHING_PAID)[1],
                            JsonColumns.readPlanning(row.getString("planned")),
                            JsonColumns.readPendingAmendment(row.getString("pending_amendment")),
                            Rows.money(row, "returned_to_pool_oere"),
                            toState);
                });
    }

    private static final Money[] NOTHING_PAID = {Money.ZERO, Money.ZERO};

    /** Paid and repaid by pool, summed over its grants. */
    private Map<String, Money[]> payments(String where, MapSqlParameterSource parameters) {
        Map<String, Money[]> payments = new HashMap<>();
        jdbc.query(
                "SELECT pool_id, SUM(paid_oere) AS paid_oere, SUM(repaid_oere) AS repaid_oere FROM grant_overview "
                        + where + " GROUP BY pool_id",
                parameters,
                row -> {
                    payments.put(
                            row.getString("pool_id"),
                            new Money[] {Rows.money(row, "paid_oere"), Rows.money(row, "repaid_oere")});
                });
        return payments;
    }

    private Map<String, Map<ApplicationStatus, Integer>> applicationCounts(
            String where, MapSqlParameterSource parameters) {
        Map<String, Map<ApplicationStatus, Integer>> counts = new HashMap<>();
        jdbc.query(
                "SELECT pool_id, status, COUNT(*) AS applications FROM pool_overview_application " + where
                        + " GROUP BY pool_id, status",
                parameters,
                row -> {
                    counts.computeIfAbsent(row.getString("pool_id"), poolId -> noApplications())
                            .put(ApplicationStatus.valueOf(row.getString("status")), row.getInt("applications"));
                });
        return counts;
    }

    /** Every status is listed, with 0 where no application stands in it. */
    private static Map<ApplicationStatus, Integer> noApplications() {
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0);
        }
        return counts;
    }
}
