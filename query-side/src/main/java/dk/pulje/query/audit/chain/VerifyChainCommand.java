package dk.pulje.query.audit.chain;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The query side's command-line mode {@code --pulje.verify-chain}: verifies the hash chain in the database the
 * active profile names, prints the verdict in one line and ends the process with 0 when the chain is intact, 1 when
 * it was tampered with, 2 when it cannot be verified and 3 when, with an anchor key, no anchor covers links older
 * than the anchors' interval allows (the anchor file is missing, emptied or not written), comparing it with the
 * anchors of the anchor file the settings name. It runs as soon as the configuration is read, before any bean
 * exists, so no web server, event processor or migration starts: verifying only reads. It reads the JDBC store's
 * table; on the axonserver profile it answers 2, and the chain is verified through the query side's API instead.
 */
public class VerifyChainCommand implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String FLAG = "pulje.verify-chain";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String flag = event.getEnvironment().getProperty(FLAG);
        if (flag != null && !flag.equals("false")) {
            System.exit(verify(event.getEnvironment()));
        }
    }

    private static int verify(Environment environment) {
        if (environment.getProperty("axon.axonserver.enabled", Boolean.class, true)) {
            System.err.println("The command line reads the JDBC event store's table; with Axon Server, verify the"
                    + " chain through the query side's GET /audit/chain/verify (docs/audit.md)");
            return 2;
        }
        DataSource database = DataSourceBuilder.create()
                .type(SimpleDriverDataSource.class)
                .url(environment.getProperty("spring.datasource.url"))
                .username(environment.getProperty("spring.datasource.username"))
                .password(environment.getProperty("spring.datasource.password"))
                .build();
        try (Connection connection = database.getConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            ChainReport report = new ChainVerification(
                            jdbc,
                            new TableEvents(jdbc),
                            AnchorLog.from(Binder.get(environment).bindOrCreate("pulje.chain", ChainSettings.class)),
                            Clock.systemUTC())
                    .verify();
            System.out.println(report.line());
            if (report.intact()) {
                return 0;
            }
            return report.problem() == ChainReport.Problem.UNANCHORED ? 3 : 1;
        } catch (SQLException | DataAccessException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("Cannot verify the chain: " + e.getMessage());
            return 2;
        }
    }
}
