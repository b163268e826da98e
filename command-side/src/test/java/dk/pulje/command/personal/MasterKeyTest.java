package dk.pulje.command.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pulje.command.CommandSideApplication;
import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.testing.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * Outside the demo profile the personal data master key is not optional: without one the app does not start. Given
 * a new master key and the previous one, a start wraps every person's key with the new one, on H2 and PostgreSQL.
 */
class MasterKeyTest {

    /** Master keys for this test only. */
    private static final String OLD = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    private static final String NEW = "3q2+7wEjRWeJq83vASNFZ4mrze8BI0VniavN7wEjRWc=";

    private final String database = "jdbc:h2:mem:master-key-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    /** Nothing sets the key: not the test, nor the machine's environment (a developer's shell may have it). */
    @Test
    void without_a_master_key_and_without_the_demo_profile_the_app_refuses_to_start() {
        assertThatThrownBy(() -> start().close())
                .hasStackTraceContaining("No personal data master key: set PULJE_PERSONAL_DATA_MASTER_KEY");
    }

    @Test
    void with_a_master_key_it_starts_and_with_a_new_one_and_the_previous_one_every_persons_key_is_wrapped_anew() {
        PersonalDataKeys.SubjectKey kim;
        try (ConfigurableApplicationContext app = start("--pulje.personal-data.master-key=" + OLD)) {
            kim = app.getBean(PersonalDataKeys.class).keyFor("kim.jensen@odense.dk");
        }

        try (ConfigurableApplicationContext app =
                start("--pulje.personal-data.master-key=" + NEW, "--pulje.personal-data.previous-master-keys=" + OLD)) {
            DataSource database = app.getBean(DataSource.class);
            assertThat(keys(database, NEW).key(kim.subject())).contains(kim.key());
            assertThatThrownBy(() -> keys(database, OLD).key(kim.subject()))
                    .hasRootCauseInstanceOf(AEADBadTagException.class);
        }
    }

    /**
     * PostgreSQL locks and rewrites the keys' rows in its own way. One start serves there: the keys made under the
     * previous master key are rewrapped as a start with the new one rewraps them.
     */
    @Test
    void on_postgresql_every_persons_key_is_wrapped_anew_with_the_new_master_key() {
        try (ConfigurableApplicationContext app = startWith(
                "postgres",
                "--pulje.personal-data.master-key=" + OLD,
                "--spring.datasource.url=" + TestPostgres.freshDatabase("master_key"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=")) {
            PersonalDataKeys.SubjectKey kim =
                    app.getBean(PersonalDataKeys.class).keyFor("kim.jensen@odense.dk");
            DataSource database = app.getBean(DataSource.class);

            PersonalDataKeys rotating = new PersonalDataKeys(
                    database, Duration.ZERO, PersonalDataKeys.masterKey(NEW), List.of(PersonalDataKeys.masterKey(OLD)));
            assertThat(rotating.rewrapStoredKeys()).isEqualTo(1);

            assertThat(keys(database, NEW).key(kim.subject())).contains(kim.key());
            assertThatThrownBy(() -> keys(database, OLD).key(kim.subject()))
                    .hasRootCauseInstanceOf(AEADBadTagException.class);
            assertThat(rotating.rewrapStoredKeys())
                    .as("a second run finds nothing left to do")
                    .isZero();
        }
    }

    private static PersonalDataKeys keys(DataSource database, String master) {
        SecretKey key = PersonalDataKeys.masterKey(master);
        return new PersonalDataKeys(database, Duration.ZERO, key);
    }

    private ConfigurableApplicationContext start(String... settings) {
        return startWith(
                "embedded",
                Stream.concat(Stream.of("--spring.datasource.url=" + database), Stream.of(settings))
                        .toArray(String[]::new));
    }

    private static ConfigurableApplicationContext startWith(String profile, String... settings) {
        StandardEnvironment withoutTheMachinesVariables = new StandardEnvironment();
        withoutTheMachinesVariables
                .getPropertySources()
                .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .environment(withoutTheMachinesVariables)
                .profiles(profile)
                .run(Stream.concat(Stream.of("--server.port=0", "--spring.jmx.enabled=false"), Stream.of(settings))
                        .toArray(String[]::new));
    }
}
