package dk.pulje.query.infra;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Nonnull;

/**
 * Runs every event handler in a savepoint of its batch's transaction. On PostgreSQL a failed statement aborts the
 * whole transaction; without the savepoint the dead-letter queue could not park the failing event in it, and every
 * other event of the batch would fail with it.
 */
@Component
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    SavepointPerEvent(PlatformTransactionManager transactions) {
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
                try {
                    return savepoint.execute(status -> {
                        try {
                            return original.handle(message, target);
                        } catch (Exception e) {
                            throw new HandlerFailed(e);
                        }
                    });
                } catch (HandlerFailed failed) {
                    throw failed.cause;
                }
            }
        };
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
