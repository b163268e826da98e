package dk.pulje.command.web;

import dk.pulje.command.infra.CommandReceipt;
import dk.pulje.command.infra.EventPositions;
import dk.pulje.command.infra.MetaDataKeys;
import dk.pulje.shared.common.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Sends a command on behalf of the signed-in actor and turns its receipt into the HTTP answer. A command that
 * loses an optimistic-locking race to another node is retried against the new state a few times; if it keeps
 * losing it is answered 409, never dropped silently.
 */
@Component
public class CommandSender {

    public static final String CONSISTENCY_TOKEN = "Pulje-Consistency-Token";

    private final CommandGateway commandGateway;
    private final EventPositions positions;
    private final int attempts;

    CommandSender(CommandGateway commandGateway, EventPositions positions,
                  @Value("${pulje.commands.attempts:5}") int attempts) {
        this.commandGateway = commandGateway;
        this.positions = positions;
        this.attempts = attempts;
    }

    /** 201 Created: the command made a new resource at {@code location}. */
    public ResponseEntity<Accepted> create(Object command, String aggregateId, Actor actor, String location) {
        Accepted accepted = send(command, aggregateId, actor);
        return ResponseEntity.created(URI.create(location))
                .header(CONSISTENCY_TOKEN, String.valueOf(accepted.position()))
                .body(accepted);
    }

    /** 202 Accepted: the change is stored; the query side shows it at {@code location} once projected. */
    public ResponseEntity<Accepted> change(Object command, String aggregateId, Actor actor, String location) {
        Accepted accepted = send(command, aggregateId, actor);
        return ResponseEntity.accepted()
                .location(URI.create(location))
                .header(CONSISTENCY_TOKEN, String.valueOf(accepted.position()))
                .body(accepted);
    }

    private Accepted send(Object command, String aggregateId, Actor actor) {
        MetaData metaData = MetaDataKeys.of(actor);
        for (int attempt = 1; ; attempt++) {
            try {
                CommandReceipt receipt = commandGateway.sendAndWait(
                        GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
                return new Accepted(aggregateId, receipt.versions().getOrDefault(aggregateId, -1L),
                        positions.lastPositionOf(receipt.eventIds()));
            } catch (ConcurrencyException lostRace) {
                if (attempt >= attempts) {
                    throw lostRace;
                }
            }
        }
    }
}
