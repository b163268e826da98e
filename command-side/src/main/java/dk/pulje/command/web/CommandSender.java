package dk.pulje.command.web;

import dk.pulje.command.infra.CommandFailure;
import dk.pulje.command.infra.CommandReceipt;
import dk.pulje.command.infra.EventPositions;
import dk.pulje.command.infra.MetaDataKeys;
import dk.pulje.shared.common.Actor;
import dk.pulje.spring.web.ConsistencyToken;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a command on behalf of the signed-in actor and turns its receipt into the HTTP answer. A command that
 * loses an optimistic-locking race to another node is retried against the new state a few times; if it keeps
 * losing it is answered 409, never dropped silently. A request with an {@code Idempotency-Key} is handled in one
 * transaction with the record of its answer, so a resent request gets the first answer and appends nothing.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final EventPositions positions;
    private final IdempotentRequests idempotency;
    private final TransactionTemplate transactions;
    private final int attempts;

    CommandSender(
            CommandGateway commandGateway,
            EventPositions positions,
            IdempotentRequests idempotency,
            PlatformTransactionManager transactions,
            CommandSettings settings) {
        this.commandGateway = commandGateway;
        this.positions = positions;
        this.idempotency = idempotency;
        this.transactions = new TransactionTemplate(transactions);
        this.attempts = settings.attempts();
    }

    /** 201 Created: the command made a new resource at {@code location}. */
    public ResponseEntity<Accepted> create(Object command, String aggregateId, Actor actor, String location) {
        return answer(HttpStatus.CREATED, command, aggregateId, actor, location);
    }

    /** 202 Accepted: the change is stored; the query side shows it at {@code location} once projected. */
    public ResponseEntity<Accepted> change(Object command, String aggregateId, Actor actor, String location) {
        return answer(HttpStatus.ACCEPTED, command, aggregateId, actor, location);
    }

    private ResponseEntity<Accepted> answer(
            HttpStatus status, Object command, String aggregateId, Actor actor, String location) {
        Optional<String> key = idempotency.currentKey();
        if (key.isEmpty()) {
            return response(status.value(), location, retried(() -> sendOnce(command, aggregateId, actor)));
        }
        String fingerprint = idempotency.fingerprintOfCurrentRequest();
        IdempotentRequests.Answer answer;
        try {
            answer = retried(() -> transactions.execute(tx -> idempotency
                    .find(actor.userId(), key.get())
                    .orElseGet(() -> {
                        IdempotentRequests.Answer first = new IdempotentRequests.Answer(
                                fingerprint, status.value(), location, sendOnce(command, aggregateId, actor));
                        idempotency.remember(actor.userId(), key.get(), first);
                        return first;
                    })));
        } catch (DuplicateKeyException resentMeanwhile) {
            answer = idempotency.find(actor.userId(), key.get()).orElseThrow();
        }
        if (!answer.requestHash().equals(fingerprint)) {
            throw new IdempotencyKeyReused(key.get());
        }
        return response(answer.status(), answer.location(), answer.accepted());
    }

    private static ResponseEntity<Accepted> response(int status, String location, Accepted accepted) {
        return ResponseEntity.status(status)
                .location(URI.create(location))
                .header(ConsistencyToken.HEADER, String.valueOf(accepted.position()))
                .body(accepted);
    }

    private <T> T retried(Supplier<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (ConcurrencyException lostRace) {
                if (tried >= attempts) {
                    throw lostRace;
                }
            }
        }
    }

    private Accepted sendOnce(Object command, String aggregateId, Actor actor) {
        MetaData metaData = MetaDataKeys.of(actor);
        CommandReceipt receipt;
        try {
            receipt = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (CommandExecutionException handledElsewhere) {
            throw CommandFailure.thrownBy(handledElsewhere);
        }
        return new Accepted(
                aggregateId, receipt.versions().getOrDefault(aggregateId, -1L), positions.lastPositionOf(receipt));
    }
}
