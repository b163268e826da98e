package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pulje.shared.testing.TestPostgres;
import dk.pulje.spring.metrics.AxonMetrics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a submission costs the database once its pool has been handled on this node: the read of any events other
 * nodes stored since, the claim of the application's id, the insert of its event (answering its position) and the
 * commit. No snapshot, no earlier events, no key look-up for a contact person already known, no read-back.
 */
@ActiveProfiles({"postgres", "demo"})
@Import(RoundTripsPerCommandTest.CountedStatements.class)
class RoundTripsPerCommandTest extends CommandApiTestSupport {

    private static final List<String> statements = new CopyOnWriteArrayList<>();

    @Autowired
    private Configuration axon;

    @Autowired
    private GlobalMetricRegistry metrics;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("round_trips"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void a_submission_to_a_pool_in_hand_takes_three_statements_and_a_commit() throws Exception {
        clock.setCopenhagen("2017-02-06T10:00:00");
        post("/programmes", "manager", """
                {"id": "trips", "name": "Satspulje 2017", "envelope": "30000000.00"}""").andExpect(status().isCreated());
        post("/programmes/trips/pools", "manager", CommandApiContract.poolJson("trips-pool", "24900000.00"))
                .andExpect(status().isCreated());
        post("/pools/trips-pool/publication", "manager", "{}").andExpect(status().isAccepted());
        post("/pools/trips-pool/applications", "aarhus", submission("trips-aarhus", "751"))
                .andExpect(status().isCreated());

        statements.clear();
        post("/pools/trips-pool/applications", "odense", submission("trips-odense", "461"))
                .andExpect(status().isCreated());

        assertThat(statements).as("statements sent, in order").hasSize(4);
        assertThat(axon.getComponent(CommandTargetResolver.class).getClass().getSimpleName())
                .as("commands are routed by the resolver that looks their annotations up once per type")
                .isEqualTo("CommandTargets");
        assertThat(metrics.getClass().getEnclosingClass())
                .as("meters looked up once per payload type, not per message")
                .isEqualTo(AxonMetrics.class);
        assertThat(statements.get(0)).startsWith("SELECT").contains("sequenceNumber >=");
        assertThat(statements.get(1)).startsWith("INSERT INTO application_id");
        assertThat(statements.get(2)).startsWith("INSERT INTO DomainEventEntry");
        assertThat(statements.get(3)).isEqualTo("COMMIT");
    }

    private static String submission(String id, String municipality) {
        return """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"},
                 "projectTitle": "Early help in PPR", "amountRequested": "1000000.00", "budget": {"2018": "1000000.00"},
                 "activityCategory": "new-methods",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"}}""".formatted(id, municipality);
    }

    /** Notes the text of every statement the app executes, and every commit, on any of its connections. */
    @TestConfiguration
    static class CountedStatements {

        @Bean
        static BeanPostProcessor countedDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return "dataSource".equals(name) && bean instanceof DataSource dataSource
                            ? new Counted(dataSource)
                            : bean;
                }
            };
        }

        static final class Counted extends DelegatingDataSource {
            Counted(DataSource target) {
                super(target);
            }

            @Override
            public Connection getConnection() throws SQLException {
                return counted(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counted(super.getConnection(username, password));
            }
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            statements.add("COMMIT");
                        }
                        Object result = invoke(connection, method, args);
                        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                            return counted((Statement) result, sql, method.getReturnType());
                        }
                        if (method.getName().equals("createStatement")) {
                            return counted((Statement) result, null, method.getReturnType());
                        }
                        return result;
                    });
        }

        private static Object counted(Statement statement, String preparedSql, Class<?> type) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    String sql = preparedSql != null ? preparedSql : (String) args[0];
                    statements.add(sql.strip().replaceAll("\\s+", " "));
                }
                return invoke(statement, method, args);
            });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
