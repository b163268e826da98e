package dk.pulje.query.infra;

import dk.pulje.shared.testing.TestPostgres;

/** The shared reads over PostgreSQL, with a fresh database for each test. */
class SharedEventReadsOnPostgresTest extends SharedEventReadsOnStoreBehaviour {

    @Override
    String freshDatabase() {
        return TestPostgres.freshDatabase("shared_reads");
    }

    @Override
    String user() {
        return "postgres";
    }
}
