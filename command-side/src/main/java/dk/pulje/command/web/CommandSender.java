package dk.pulje.command.web;

import dk.pulje.command.infra.CommandReceipt;
import dk.pulje.command.infra.MetaDataKeys;
import dk.pulje.shared.common.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Map;

/**
 * Sends a command on behalf of the signed-in actor and turns its receipt into the HTTP answer. A command that
 * loses an optimistic-locking race to another node is retried against the new state a few times; if it keeps
 * losing it is answered 409, never dropped silently.
 */
@Component
public class CommandSender {

    public static final String CONSISTENCY_TOKEN = "Pulje-Consistency-Token";

    private final CommandGateway commandGateway;
    private final NamedParameterJdbcTemplate jdbc;
    private final int attempts;

    CommandSender(CommandGateway commandGateway, NamedParameterJdbcTemplate jdbc,
                  @Value("${pulje.commands.attempts:5}") int attempts) {
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
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
                        positionOf(receipt));
            } catch (ConcurrencyException lostRace) {
                if (attempt >= attempts) {
                    throw lostRace;
                }
            }
        }
    }

    private long positionOf(CommandReceipt receipt) {
        Long position = jdbc.queryForObject(
                "SELECT MAX(globalIndex) FROM DomainEventEntry WHERE eventIdentifier IN (:ids)",
                Map.of("ids", receipt.eventIds()), Long.class);
        return position == null ? -1 : position;
    }
}
