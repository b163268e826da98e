package dk.pulje.spring.axon;

import io.axoniq.axonserver.connector.AxonServerException;
import io.axoniq.axonserver.connector.ErrorCategory;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;

/**
 * Tells a failure caused by Axon Server being out of reach (gRPC's {@code UNAVAILABLE}, or the connector finding no
 * connection) from every other failure, whatever Axon or the connector wrapped it in: on the {@code axonserver}
 * profile a command, a history or a chain check while Axon Server is away is answered 503 with {@code Retry-After},
 * as while the database is, not 500.
 */
public final class LostAxonServer {

    private LostAxonServer() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (unavailable(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable cause) {
        Status status = cause instanceof StatusRuntimeException grpc
                ? grpc.getStatus()
                : cause instanceof StatusException grpc ? grpc.getStatus() : null;
        if (status != null) {
            return status.getCode() == Status.Code.UNAVAILABLE;
        }
        return cause instanceof AxonServerException connector
                && connector.getErrorCategory() == ErrorCategory.CONNECTION_FAILED;
    }
}
