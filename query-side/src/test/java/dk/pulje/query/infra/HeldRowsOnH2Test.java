package dk.pulje.query.infra;

import java.util.UUID;

/** Rows held per batch, on H2 in memory. */
class HeldRowsOnH2Test extends HeldRowsBehaviour {

    @Override
    String freshDatabase() {
        return "jdbc:h2:mem:held-rows-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
        return "sa";
    }
}
