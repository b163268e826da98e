package dk.pulje.query.infra;

import java.util.List;
import java.util.Map;
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

    private static final String PROCESSOR = "Processor[";
    private static final String SEGMENT_ID = "]/SegmentId";
    private static final String COMMIT_SET = BatchedWrites.class.getName() + ".commit";

    private final NamedParameterJdbcOperations direct;
    private final TransactionTemplate savepoint;
    /** The events of batches that failed here, by processor and segment, to be handled again event by event. */
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();

    private final boolean onPostgres;

    BatchedWrites(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.direct = new NamedParameterJdbcTemplate(jdbc);
        this.onPostgres = Databases.isPostgres(jdbc);
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
                commitWithoutWaitingForTheDisk(batch);
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
     * Event by event where a batch holds an event of a batch of the same processor's segment that failed before, and
     * where the unit of work is not a processor's batch (a dead letter processed again). The batch handed out again
     * need not start or end where the failed one did: the processor takes what its stream has at hand, so a first
     * smaller batch may commit and the poison event come in the next one.
     */
    private boolean eventByEvent(UnitOfWork<?> batch) {
        if (!(batch instanceof BatchingUnitOfWork<?> events)
                || events.getMessages().isEmpty()) {
            return true;
        }
        String segment = segmentOf(batch);
        List<? extends Message<?>> messages = events.getMessages();
        if (!suspects.isEmpty()
                && messages.stream().anyMatch(event -> suspects.contains(segment + event.getIdentifier()))) {
            batch.afterCommit(
                    unitOfWork -> messages.forEach(event -> suspects.remove(segment + event.getIdentifier())));
            return true;
        }
        batch.onRollback(unitOfWork -> messages.forEach(event -> suspects.add(segment + event.getIdentifier())));
        return false;
    }

    /**
     * A read model's batch commits without waiting for PostgreSQL to flush it to disk: should the database crash
     * before it does (within a fraction of a second), the batch's rows are lost together with its token, and the
     * projection handles the same events again. A replay's batches no longer queue for the disk, nor a command's way
     * to its read models. The hash chain and the notifications wait, as every other transaction does: a link may have
     * been anchored, an e-mail sent.
     */
    private void commitWithoutWaitingForTheDisk(UnitOfWork<?> batch) {
        if (!onPostgres || batch.getResource(COMMIT_SET) != null) {
            return;
        }
        batch.resources().put(COMMIT_SET, true);
        String segment = segmentOf(batch);
        if (segment.startsWith(PROCESSOR)) {
            String processor = segment.substring(PROCESSOR.length(), segment.indexOf(SEGMENT_ID));
            if (!ProcessingGroups.NOT_READ_MODELS.contains(processor)) {
                direct.getJdbcOperations().execute("SET LOCAL synchronous_commit = off");
            }
        }
    }

    /** The processor and segment Axon's work package names among the batch's resources. */
    private static String segmentOf(UnitOfWork<?> batch) {
        for (Map.Entry<String, Object> resource : batch.resources().entrySet()) {
            if (resource.getKey().endsWith(SEGMENT_ID)) {
                return resource.getKey() + resource.getValue() + ':';
            }
        }
        return "";
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
