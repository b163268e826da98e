package dk.pulje.query.application;

import dk.pulje.query.infra.JsonColumns;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PriorityRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies a pool's priority rule to its applications as they are read: an applicant (for a joint application, its
 * lead) has priority unless it holds a grant from the earlier pool that has not lapsed, as that pool's grants show.
 * The as-of view (audit's {@code AsOf}) gives the same verdict from the earlier pool's events up to its instant.
 */
@Component
class Priorities {

    private final NamedParameterJdbcTemplate jdbc;

    Priorities(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ApplicationView> of(PoolId poolId, List<ApplicationView> applications) {
        Optional<PriorityRule> rule = rule(poolId);
        if (rule.isEmpty() || applications.isEmpty()) {
            return applications;
        }
        Set<String> granted = new HashSet<>(jdbc.queryForList(
                "SELECT applicant_key FROM grant_overview WHERE pool_id = :pool_id AND status <> 'LAPSED'",
                new MapSqlParameterSource("pool_id", rule.get().earlierPool().value()),
                String.class));
        return applications.stream()
                .map(application -> application.withPriority(
                        rule.get().verdict(application.applicantName(), granted.contains(application.applicantKey()))))
                .toList();
    }

    private Optional<PriorityRule> rule(PoolId poolId) {
        return jdbc
                .queryForList(
                        "SELECT terms FROM pool_overview WHERE pool_id = :pool_id",
                        new MapSqlParameterSource("pool_id", poolId.value()),
                        String.class)
                .stream()
                .map(terms -> JsonColumns.readTerms(terms).priority())
                .filter(rule -> rule != null)
                .findFirst();
    }
}
