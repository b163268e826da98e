package dk.pulje.shared.storage;

import java.net.SocketException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (no connection to be had, or one lost midway) from
 * every other failure, whatever Axon, Spring or the JDBC driver wrapped it in: the first is answered 503 with
 * {@code Retry-After}, the rest 500.
 */
public final class LostDatabase {

    private LostDatabase() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException
                    || lostConnection(cause)) {
                return true;
            }
            if (cause instanceof BatchUpdateException batch
                    && batch.getNextException() != null
                    && causedBy(batch.getNextException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) or 57P (the server is shutting down or unreachable), or the pool's
     * "Connection is closed", which HikariCP says without a state of a connection it dropped as broken.
     */
    private static boolean lostConnection(Throwable cause) {
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return state == null
                ? "Connection is closed".equals(sql.getMessage())
                : state.startsWith("08") || state.startsWith("57P");
    }
}
