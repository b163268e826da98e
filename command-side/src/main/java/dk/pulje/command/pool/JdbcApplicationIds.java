package dk.pulje.command.pool;

import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Application ids in a table of their own, written in the transaction of the submission. Two submissions racing
 * for one id collide on the primary key, and the loser is refused as the id taken.
 */
@Component
class JdbcApplicationIds implements ApplicationIds {

    private final JdbcTemplate jdbc;

    JdbcApplicationIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(ApplicationId applicationId, PoolId poolId) {
        int claimed;
        try {
            claimed = jdbc.update(
                    "INSERT INTO application_id (application_id, pool_id) SELECT ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM application_id WHERE application_id = ?)",
                    applicationId.value(),
                    poolId.value(),
                    applicationId.value());
        } catch (DuplicateKeyException raced) {
            claimed = 0;
        }
        if (claimed == 0) {
            throw new AlreadyExists("An application with the id " + applicationId + " exists already");
        }
    }
}
