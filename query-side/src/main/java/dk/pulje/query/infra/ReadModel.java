package dk.pulje.query.infra;

import java.util.List;
import org.springframework.jdbc.core.JdbcOperations;

/** A projection's tables: disposable, deleted on reset and rebuilt by replaying the events. */
public interface ReadModel {

    /** The tables this read model owns. */
    List<Table> tables();

    default void deleteAllRows(JdbcOperations jdbc) {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table.name()));
    }

    /** A table and the columns of its primary key, which order its rows. */
    record Table(String name, String primaryKey) {}
}
