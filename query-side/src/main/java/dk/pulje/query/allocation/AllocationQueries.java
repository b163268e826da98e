package dk.pulje.query.allocation;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.AllocationView;
import dk.pulje.shared.pool.AllocationView.Award;
import dk.pulje.shared.pool.AllocationView.Status;
import dk.pulje.shared.pool.FindAllocation;
import dk.pulje.shared.pool.FindAllocations;
import dk.pulje.shared.pool.PoolId;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers a pool's allocations, each with its awards in the order of its ranking. */
@Component
class AllocationQueries {

    private final NamedParameterJdbcTemplate jdbc;

    AllocationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<AllocationView> handle(FindAllocations query) {
        return allocations(query.poolId(), null);
    }

    @QueryHandler
    Optional<AllocationView> handle(FindAllocation query) {
        return allocations(query.poolId(), query.allocation()).stream().findFirst();
    }

    /** The pool's allocations, or only the one numbered {@code only}; two statements whatever their number. */
    private List<AllocationView> allocations(PoolId poolId, Integer only) {
        MapSqlParameterSource key =
                new MapSqlParameterSource("pool_id", poolId.value()).addValue("allocation_number", only, Types.INTEGER);
        String which = only == null ? "" : " AND allocation_number = :allocation_number";
        Map<Integer, List<Award>> awards = new LinkedHashMap<>();
        jdbc.query(
                "SELECT * FROM allocation_award WHERE pool_id = :pool_id" + which
                        + " ORDER BY allocation_number, CASE WHEN ranking_place IS NULL THEN 1 ELSE 0 END,"
                        + " ranking_place, application_id",
                key,
                row -> {
                    awards.computeIfAbsent(row.getInt("allocation_number"), n -> new ArrayList<>())
                            .add(new Award(
                                    Rows.nullableInt(row, "ranking_place"),
                                    ApplicationId.of(row.getString("application_id")),
                                    row.getString("applicant_name"),
                                    new Money(row.getLong("amount_oere"))));
                });
        return jdbc.query(
                "SELECT * FROM allocation WHERE pool_id = :pool_id" + which + " ORDER BY allocation_number",
                key,
                (row, i) -> new AllocationView(
                        poolId,
                        row.getInt("allocation_number"),
                        Status.valueOf(row.getString("status")),
                        new Money(row.getLong("total_oere")),
                        row.getInt("rules_version"),
                        row.getString("proposed_by"),
                        Rows.instant(row, "proposed_at"),
                        row.getString("proposal_reason"),
                        row.getString("decided_by"),
                        row.getObject("decided_at") == null ? null : Rows.instant(row, "decided_at"),
                        row.getString("decision_reason"),
                        awards.getOrDefault(row.getInt("allocation_number"), List.of())));
    }
}
