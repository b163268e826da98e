package dk.pulje.command.infra;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * A command refused on an aggregate taken from the cache may have been refused on a state another node has moved
 * on from; so may a command that changed nothing. Neither appends, so the event table's key cannot tell. Before such
 * an answer is given, the store is asked for the aggregate's events after the cached version: where there are some,
 * it is a lost race ({@link StaleRefusal}), the entry is dropped with the rollback, and the command is judged again
 * on the stored state; where there are none, the answer stands.
 */
@Component
class CachedRefusals {

    private static final String JUDGED_FROM_CACHE = CachedRefusals.class.getName() + ".judgedFromCache";

    CachedRefusals(CommandBus commandBus, EventStore eventStore) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (ConcurrencyException lostRace) {
                throw lostRace;
            } catch (Exception refusal) {
                Map<String, Long> cached = unitOfWork.root().getResource(JUDGED_FROM_CACHE);
                if (cached != null
                        && cached.entrySet().stream()
                                .anyMatch(entry -> eventStore
                                        .readEvents(entry.getKey(), entry.getValue() + 1)
                                        .hasNext())) {
                    throw new StaleRefusal(refusal);
                }
                throw refusal;
            }
        });
    }

    /** Notes, in the command's unit of work, that it is judged on an aggregate as cached at this version. */
    static void judgedFromCache(String aggregateId, long version) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork
                .root()
                .<Map<String, Long>>getOrComputeResource(JUDGED_FROM_CACHE, key -> new HashMap<>())
                .put(aggregateId, version));
    }

    /** A refusal on a cached aggregate that another node had changed since: the command is to be judged again. */
    static final class StaleRefusal extends ConcurrencyException {

        StaleRefusal(Exception refusal) {
            super("Refused on a cached state another node had changed since: " + refusal.getMessage(), refusal);
        }
    }
}
