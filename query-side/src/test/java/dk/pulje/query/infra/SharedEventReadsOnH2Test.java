package dk.pulje.query.infra;

import java.util.UUID;

/** The shared reads over H2 in memory, whose sequence, like PostgreSQL's, hands out indexes outside transactions. */
class SharedEventReadsOnH2Test extends SharedEventReadsOnStoreBehaviour {

    @Override
    String freshDatabase() {
        return "jdbc:h2:mem:shared-reads-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
        return "sa";
    }
}
