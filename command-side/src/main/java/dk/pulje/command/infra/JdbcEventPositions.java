package dk.pulje.command.infra;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On the JDBC event store the global index is assigned on insert, and {@link PositionedAppends} takes it from the
 * insert's answer onto the command's receipt: no statement is needed to learn it.
 */
@Component
@Profile("!axonserver")
class JdbcEventPositions implements EventPositions {

    @Override
    public long lastPositionOf(CommandReceipt receipt) {
        return receipt.positions().stream().mapToLong(Long::longValue).max().orElse(-1);
    }
}
