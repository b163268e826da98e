package dk.pulje.query.portal;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The drafts' store on H2, as in the embedded run. */
class DraftsOnH2Test extends DraftsBehaviour {

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:drafts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
