package dk.pulje.query.portal;

import dk.pulje.shared.testing.TestPostgres;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The drafts' store on PostgreSQL, a fresh database per test. */
class DraftsOnPostgresTest extends DraftsBehaviour {

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource(TestPostgres.freshDatabase("drafts"), "postgres", "");
    }
}
