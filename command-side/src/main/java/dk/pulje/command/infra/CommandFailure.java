package dk.pulje.command.infra;

import dk.pulje.command.shared.Refusal;
import dk.pulje.shared.common.InvalidValue;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Why a command failed, as its sender needs to know it to answer. Through Axon Server a failure reaches the sending
 * node as a {@link CommandExecutionException} with a message only, and a refusal would be answered as a crash; so the
 * handling node sends this along as the exception's details (see {@link RemoteCommandFailures}), and the sending
 * node throws the kind of exception the handler threw again.
 */
public record CommandFailure(
        Kind kind, String detail, String slug, Refusal.Kind refusal, String code, String aggregateId) {

    public enum Kind {
        REFUSAL,
        INVALID_VALUE,
        NOT_FOUND,
        ALREADY_EXISTS,
        CONCURRENT_CHANGE
    }

    /** The failure to send back, or nothing when it is no refusal but a fault. */
    static Optional<CommandFailure> of(Throwable e) {
        String detail = e.getMessage();
        if (e instanceof Refusal refused) {
            return Optional.of(new CommandFailure(Kind.REFUSAL, detail, refused.slug(), refused.kind(), null, null));
        }
        if (e instanceof InvalidValue invalid) {
            return Optional.of(new CommandFailure(Kind.INVALID_VALUE, detail, null, null, invalid.code(), null));
        }
        if (e instanceof AggregateNotFoundException missing) {
            return Optional.of(new CommandFailure(
                    Kind.NOT_FOUND, detail, null, null, null, String.valueOf(missing.getAggregateIdentifier())));
        }
        if (e instanceof AggregateStreamCreationException) {
            return Optional.of(new CommandFailure(Kind.ALREADY_EXISTS, detail, null, null, null, null));
        }
        if (e instanceof ConcurrencyException) {
            return Optional.of(new CommandFailure(Kind.CONCURRENT_CHANGE, detail, null, null, null, null));
        }
        return Optional.empty();
    }

    /** The exception the handling node threw, as the web layer knows it; {@code e} itself when it tells no more. */
    public static RuntimeException thrownBy(CommandExecutionException e) {
        return e.getDetails()
                .filter(CommandFailure.class::isInstance)
                .map(CommandFailure.class::cast)
                .map(CommandFailure::exception)
                .orElse(e);
    }

    private RuntimeException exception() {
        return switch (kind) {
            case REFUSAL -> new SentBack(slug, refusal, detail);
            case INVALID_VALUE -> new InvalidValue(code, detail);
            case NOT_FOUND -> new AggregateNotFoundException(aggregateId, detail);
            case ALREADY_EXISTS -> new AggregateStreamCreationException(detail);
            case CONCURRENT_CHANGE -> new ConcurrencyException(detail);
        };
    }

    private static final class SentBack extends Refusal {
        SentBack(String slug, Kind kind, String detail) {
            super(slug, kind, detail);
        }
    }
}
