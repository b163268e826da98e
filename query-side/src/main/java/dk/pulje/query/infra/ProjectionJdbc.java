package dk.pulje.query.infra;

import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The projections' JDBC: within a batch of events an update is held and sent with the batch's other writes when it
 * commits (see {@link PendingWrites}), a row written through {@link Rows} once per batch; a read first sends what is
 * held, so a handler always reads its own writes.
 * Outside a batch (a reset, a test calling a handler) everything goes straight to the database.
 */
@Component
public class ProjectionJdbc extends NamedParameterJdbcTemplate {

    ProjectionJdbc(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    public int update(String sql, SqlParameterSource parameters) {
        var pending = PendingWrites.current();
        if (pending.isEmpty()) {
            return super.update(sql, parameters);
        }
        pending.get().add(sql, parameters);
        return 1;
    }

    @Override
    public int update(String sql, Map<String, ?> parameters) {
        return update(sql, new MapSqlParameterSource(parameters));
    }

    /** Every statement but a held update passes through here: what is held goes out first. */
    @Override
    public JdbcOperations getJdbcOperations() {
        PendingWrites.current().ifPresent(PendingWrites::flushBeforeRead);
        return super.getJdbcOperations();
    }
}
