package dk.pulje.spring;

import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.spring.axon.AxonServerHealth;
import dk.pulje.spring.axon.MessageLogContext;
import dk.pulje.spring.jdbc.H2WithoutReusedResults;
import dk.pulje.spring.limits.RequestLimits;
import dk.pulje.spring.problem.ProblemPages;
import dk.pulje.spring.problem.ProblemTypes;
import dk.pulje.spring.security.EndpointAuthorization;
import dk.pulje.spring.security.JwtAudience;
import dk.pulje.spring.security.ProblemAuthenticationHandlers;
import dk.pulje.spring.security.PuljeUsers;
import dk.pulje.spring.security.RememberedPasswords;
import dk.pulje.spring.security.SignedIn;
import dk.pulje.spring.web.NumbersInRange;
import dk.pulje.spring.web.RequestCorrelation;
import javax.sql.DataSource;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What both apps set up alike: the HTTP Basic users and their passwords, the audience JWTs must name, problem
 * answers for 401 and 403, the problem types and their pages at {@code /problems/{slug}}, a correlation id for every
 * request and the log context of every message, numbers in JSON checked before they are read, the event store's
 * schema before each app's own, Axon Server's health, the personal data keys Axon's serializer seals contact persons
 * with, and the request limits.
 */
@AutoConfiguration
@EnableConfigurationProperties({PuljeUsers.class, PersonalDataSettings.class, NodeSettings.class})
@Import({
    ProblemAuthenticationHandlers.class,
    JwtAudience.class,
    RequestCorrelation.class,
    RequestLimits.class,
    ProblemPages.class
})
public class PuljeSpringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PuljeSpringConfiguration.class);

    /**
     * A trace shows each request, command, event and query, not each of Spring Security's filters, authentications
     * and authorizations as well: without this, every filter of every request is wrapped in an observation.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static H2WithoutReusedResults h2WithoutReusedResults() {
        return new H2WithoutReusedResults();
    }

    /** Named so that its health component is {@code axonServer}, as the readiness group names it. */
    @Bean
    @ConditionalOnBooleanProperty("axon.axonserver.enabled")
    AxonServerHealth axonServerHealthIndicator(AxonServerConnectionManager connections) {
        return new AxonServerHealth(connections);
    }

    @Bean
    ProblemTypes problemTypes() {
        return ProblemTypes.load();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserDetailsService users(PuljeUsers configured) {
        return new InMemoryUserDetailsManager(configured.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.password())
                        .roles(user.role().name())
                        .build())
                .toList());
    }

    @Bean
    SignedIn signedIn(PuljeUsers configured) {
        return new SignedIn(configured);
    }

    /** Who may call each endpoint, as the endpoint declares it ({@code @Allowed}, {@code @Public}). */
    @Bean
    EndpointAuthorization endpointAuthorization(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        return new EndpointAuthorization(handlers);
    }

    @Bean
    NumbersInRange numbersInRange() {
        return new NumbersInRange();
    }

    @Bean
    MessageLogContext messageLogContext() {
        return new MessageLogContext();
    }

    /**
     * Applies the event store's schema (shared by both apps, its own history table) before the app's own
     * migrations, so whichever app starts first on a fresh database creates it. The app's Java migrations are the
     * app's own: not applied to the event store's schema.
     */
    @Bean
    FlywayMigrationStrategy eventStoreFirst() {
        return flyway -> {
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .locations("classpath:db/eventstore")
                    .table("flyway_eventstore_history")
                    .javaMigrations()
                    .load()
                    .migrate();
            flyway.migrate();
        };
    }

    /**
     * The keys join the transaction at hand, so a new person's key is stored with the events that first name them;
     * they are stored wrapped with the master key (Base64, 256 bits), without which the app does not start. The
     * previous master keys, while a rotation is under way, still open the keys they wrapped.
     */
    @Bean
    PersonalDataKeys personalDataKeys(DataSource dataSource, PersonalDataSettings settings) {
        if (settings.masterKey().isBlank()) {
            throw new IllegalStateException("No personal data master key: set PULJE_PERSONAL_DATA_MASTER_KEY "
                    + "(pulje.personal-data.master-key) to the Base64 of 256 random bits (openssl rand -base64 32), the "
                    + "same on every node of both apps, and keep it outside the database. Only the demo profile brings "
                    + "a key of its own, a published one");
        }
        return new PersonalDataKeys(
                new TransactionAwareDataSourceProxy(dataSource),
                settings.keyCache(),
                PersonalDataKeys.masterKey(settings.masterKey()),
                settings.previousMasterKeys().stream()
                        .map(PersonalDataKeys::masterKey)
                        .toList(),
                PuljeSpringConfiguration::afterCommit);
    }

    /**
     * Once the schema is in place, keys stored before the master key was set are wrapped with it, and keys wrapped
     * with a previous master key are wrapped anew with it.
     */
    @Bean
    ApplicationRunner wrapPersonalDataKeys(PersonalDataKeys keys) {
        return arguments -> {
            int wrapped = keys.wrapStoredKeys();
            if (wrapped > 0) {
                log.info("Wrapped {} personal data keys with the master key", wrapped);
            }
            int rewrapped = keys.rewrapStoredKeys();
            if (rewrapped > 0) {
                log.info(
                        "Wrapped {} personal data keys with the new master key; the previous master keys may now be "
                                + "removed from pulje.personal-data.previous-master-keys",
                        rewrapped);
            }
        };
    }

    /** Runs {@code action} once the current transaction has committed, or at once outside a transaction. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
