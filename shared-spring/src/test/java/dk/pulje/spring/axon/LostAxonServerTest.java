package dk.pulje.spring.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.axoniq.axonserver.connector.AxonServerException;
import io.axoniq.axonserver.connector.ErrorCategory;
import io.axoniq.axonserver.connector.impl.StreamClosedException;
import io.grpc.Status;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

/** The failures seen from a command and from event store reads while Axon Server was stopped. */
class LostAxonServerTest {

    @Test
    void a_command_dispatched_while_axon_server_is_away() {
        Throwable failure = new CompletionException(new AxonServerException(
                ErrorCategory.COMMAND_DISPATCH_ERROR,
                "Received exception while dispatching command",
                "pulje-command-side",
                Status.UNAVAILABLE.asRuntimeException()));

        assertThat(LostAxonServer.causedBy(failure)).isTrue();
    }

    @Test
    void an_event_stream_read_while_axon_server_is_away() {
        Throwable readEvents =
                new EventStoreException("UNAVAILABLE", new ExecutionException(Status.UNAVAILABLE.asRuntimeException()));
        Throwable streamClosed =
                new CompletionException(new StreamClosedException(Status.UNAVAILABLE.asRuntimeException()));

        assertThat(LostAxonServer.causedBy(readEvents)).isTrue();
        assertThat(LostAxonServer.causedBy(streamClosed)).isTrue();
    }

    @Test
    void no_connection_to_be_had() {
        Throwable failure =
                new AxonServerException(ErrorCategory.CONNECTION_FAILED, "No connection", "pulje-query-side");

        assertThat(LostAxonServer.causedBy(failure)).isTrue();
    }

    @Test
    void other_failures_are_not_an_outage() {
        assertThat(LostAxonServer.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(LostAxonServer.causedBy(new CompletionException(Status.INVALID_ARGUMENT.asRuntimeException())))
                .isFalse();
        assertThat(LostAxonServer.causedBy(new AxonServerException(
                        ErrorCategory.COMMAND_EXECUTION_ERROR, "refused", "pulje-command-side")))
                .isFalse();
    }
}
