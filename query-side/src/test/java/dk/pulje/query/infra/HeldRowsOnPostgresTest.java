package dk.pulje.query.infra;

import dk.pulje.shared.testing.TestPostgres;

/** Rows held per batch, on PostgreSQL with a fresh database for each test. */
class HeldRowsOnPostgresTest extends HeldRowsBehaviour {

    @Override
    String freshDatabase() {
        return TestPostgres.freshDatabase("held_rows");
    }

    @Override
    String user() {
        return "postgres";
    }
}
