package dk.pulje.query.infra;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/** Which database the query side runs on, where a statement must differ between PostgreSQL and H2. */
public final class Databases {

    private Databases() {}

    /** Whether it is PostgreSQL (else H2, the embedded store); asks a connection's metadata. */
    public static boolean isPostgres(JdbcOperations jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                connection -> connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")));
    }
}
