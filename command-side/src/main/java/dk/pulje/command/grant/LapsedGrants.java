package dk.pulje.command.grant;

import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.grant.GrantLapsed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When a grant lapses its money returns to the pool. A subscribing processor: the pool is told in the unit of
 * work (and transaction) that records the lapse, so the two never disagree.
 */
@Component
@ProcessingGroup(LapsedGrants.GROUP)
class LapsedGrants {

    static final String GROUP = "lapsed-grants";

    private final CommandGateway commands;

    LapsedGrants(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(GrantLapsed event) {
        commands.sendAndWait(new ReleaseAward(event.poolId(), event.applicationId(), event.released(), Actor.system(),
                event.decision().reason()));
    }
}
