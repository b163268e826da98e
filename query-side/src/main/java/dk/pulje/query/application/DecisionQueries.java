package dk.pulje.query.application;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.DecisionPage;
import dk.pulje.shared.application.DecisionView;
import dk.pulje.shared.application.FindDecisions;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers pages of a pool's decisions, oldest first, in the order of the pool's stream. */
@Component
class DecisionQueries {

    private final NamedParameterJdbcTemplate jdbc;

    DecisionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    DecisionPage handle(FindDecisions query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(
                        "pool_id", query.poolId().value())
                .addValue("offset", (long) query.page() * query.size())
                .addValue("size", query.size());
        List<DecisionView> items = jdbc.query(
                "SELECT * FROM pool_decision WHERE pool_id = :pool_id"
                        + " ORDER BY aggregate_sequence OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY",
                parameters,
                (row, index) -> {
                    String applicationId = row.getString("application_id");
                    return new DecisionView(
                            PoolId.of(row.getString("pool_id")),
                            row.getLong("aggregate_sequence"),
                            row.getString("kind"),
                            applicationId == null ? null : ApplicationId.of(applicationId),
                            Rows.money(row, "amount_oere"),
                            row.getString("outcome"),
                            row.getString("decided_by"),
                            Role.valueOf(row.getString("role")),
                            Rows.instant(row, "decided_at"),
                            row.getString("reason"));
                });
        Long total = jdbc.queryForObject(
                "SELECT COUNT(*) FROM pool_decision WHERE pool_id = :pool_id", parameters, Long.class);
        return new DecisionPage(items, query.page(), query.size(), total == null ? 0 : total);
    }
}
