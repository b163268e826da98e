package dk.pulje.query.infra;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the event store's schema (shared with the command side, its own history table) before the read models'
 * migrations, so whichever app starts first on a fresh database creates it.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreMigrations {

    @Bean
    FlywayMigrationStrategy eventStoreFirst() {
        return flyway -> {
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .locations("classpath:db/eventstore")
                    .table("flyway_eventstore_history")
                    .load()
                    .migrate();
            flyway.migrate();
        };
    }
}
