package dk.pulje.command.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On Axon Server, a command refused in this node goes back to its sender with a {@link CommandFailure} as the
 * details, so the sender can answer with the right problem instead of a 500.
 */
@Component
@Profile("axonserver")
class RemoteCommandFailures {

    RemoteCommandFailures(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (Exception e) {
                var failure = CommandFailure.of(e);
                if (failure.isEmpty()) {
                    throw e;
                }
                throw new CommandExecutionException(e.getMessage(), e, failure.get(), false);
            }
        });
    }
}
