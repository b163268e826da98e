package dk.pulje.query.infra;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nonnull;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of events is projected with its writes held and sent together when it commits ({@link ProjectionJdbc}),
 * without a savepoint per event. A batch that fails is rolled back and, handed out again, handled event by event:
 * each event in a savepoint of its own with its writes sent at once, so that on PostgreSQL, where a failed statement
 * spoils the transaction, only the event that fails is parked in the dead-letter queue and the others commit.
 */
@Component
class BatchedWrites implements HandlerEnhancerDefinition {

    private final NamedParameterJdbcOperations direct;
    private final TransactionTemplate savepoint;
    /** The first events of batches that failed here, to be handled again event by event. */
    private final Set<String> failedBatches = ConcurrentHashMap.newKeySet();

    BatchedWrites(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.direct = new NamedParameterJdbcTemplate(jdbc);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                if (!CurrentUnitOfWork.isStarted()) {
                    return original.handle(message, target);
                }
                UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
                PendingWrites pending = PendingWrites.startIn(batch, direct, BatchedWrites.this::eventByEvent);
                pending.mark();
                try {
                    if (pending.eventByEvent()) {
                        return inSavepoint(() -> {
                            Object result = original.handle(message, target);
                            pending.flush();
                            return result;
                        });
                    }
                    return original.handle(message, target);
                } catch (Exception | Error e) {
                    pending.discard();
                    throw e;
                }
            }
        };
    }

    /**
     * Event by event where a batch starting at the same event failed before (a batch is
     * handed out again from its token, so it starts where it did), and where the unit of work is not a processor's
     * batch (a dead letter processed again). Keyed by the event, not the processor, so another segment's batches
     * neither take the mark away nor are slowed by it.
     */
    private boolean eventByEvent(UnitOfWork<?> batch) {
        if (!(batch instanceof BatchingUnitOfWork<?> events)
                || events.getMessages().isEmpty()) {
            return true;
        }
        String first = events.getMessages().get(0).getIdentifier();
        if (failedBatches.contains(first)) {
            batch.afterCommit(unitOfWork -> failedBatches.remove(first));
            return true;
        }
        batch.onRollback(unitOfWork -> failedBatches.add(first));
        return false;
    }

    private Object inSavepoint(Handling handling) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return handling.handle();
                } catch (Exception e) {
                    throw new HandlerFailed(e);
                }
            });
        } catch (HandlerFailed failed) {
            throw failed.cause;
        }
    }

    private interface Handling {
        Object handle() throws Exception;
    }

    /** Carries a handler's checked exception through the transaction template, unchanged. */
    private static final class HandlerFailed extends RuntimeException {
        private final Exception cause;

        HandlerFailed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
