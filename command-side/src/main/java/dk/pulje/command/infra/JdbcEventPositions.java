package dk.pulje.command.infra;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Reads positions from the JDBC event store, where the global index is assigned on insert. */
@Component
@Profile("!axonserver")
class JdbcEventPositions implements EventPositions {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcEventPositions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long lastPositionOf(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return -1;
        }
        Long position = jdbc.queryForObject(
                "SELECT MAX(globalIndex) FROM DomainEventEntry WHERE eventIdentifier IN (:ids)",
                Map.of("ids", eventIds), Long.class);
        return position == null ? -1 : position;
    }
}
