package dk.pulje.shared.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pulje.shared.application.ContactPerson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SealedContactsTest {

    /** A master key for these tests only. */
    private static final String MASTER = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    private static final String NEXT_MASTER = "3q2+7wEjRWeJq83vASNFZ4mrze8BI0VniavN7wEjRWc=";

    private final ContactPerson kim = new ContactPerson("Kim Jensen", "Kim.Jensen@odense.dk", "+45 66 13 13 72");
    private JdbcDataSource dataSource;
    private PersonalDataKeys keys;
    private JsonMapper axon;

    @BeforeEach
    void aKeyTable() throws IOException, SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        for (String migration : List.of("V3__personal_data_keys.sql", "V4__personal_data_key_wrapping.sql")) {
            try (InputStream text = getClass().getResourceAsStream("/db/eventstore/" + migration);
                    Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute(new String(text.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        keys = new PersonalDataKeys(dataSource, Duration.ZERO);
        axon = serializerWith(keys);
    }

    private static JsonMapper serializerWith(PersonalDataKeys keys) {
        JsonMapper.Builder builder = JsonMapper.builder();
        SealedContacts.into(keys).accept(builder);
        return builder.build();
    }

    @Test
    void with_a_master_key_the_key_table_alone_opens_nobody() throws SQLException {
        SecretKey master = PersonalDataKeys.masterKey(MASTER);
        JsonMapper wrapping = serializerWith(new PersonalDataKeys(dataSource, Duration.ZERO, master));
        String stored = wrapping.writeValueAsString(kim);

        assertThat(wrapping.readValue(stored, ContactPerson.class).name()).isEqualTo("Kim Jensen");
        assertThat(storedKey(subjectOf(stored)))
                .as("wrapped: nonce, key and tag")
                .hasSize(12 + 32 + 16);
        assertThatThrownBy(() -> axon.readValue(stored, ContactPerson.class))
                .hasMessageContaining("no master key is configured (pulje.personal-data.master-key)");
        JsonMapper otherMaster = serializerWith(new PersonalDataKeys(
                dataSource,
                Duration.ZERO,
                PersonalDataKeys.masterKey(Base64.getEncoder().encodeToString(new byte[32]))));
        assertThatThrownBy(() -> otherMaster.readValue(stored, ContactPerson.class))
                .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    @Test
    void keys_stored_before_the_master_key_was_set_are_wrapped_once_and_still_open() throws SQLException {
        String stored = axon.writeValueAsString(kim);
        PersonalDataKeys wrapping = new PersonalDataKeys(dataSource, Duration.ZERO, PersonalDataKeys.masterKey(MASTER));

        assertThat(wrapping.wrapStoredKeys()).isEqualTo(1);
        assertThat(wrapping.wrapStoredKeys()).isZero();
        assertThat(storedKey(subjectOf(stored))).hasSize(12 + 32 + 16);
        assertThat(serializerWith(wrapping).readValue(stored, ContactPerson.class))
                .isEqualTo(new ContactPerson(kim.name(), kim.email(), kim.phone(), subjectOf(stored)));
        assertThatThrownBy(() -> PersonalDataKeys.masterKey("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }

    @Test
    void rotating_the_master_key_wraps_every_persons_key_with_the_new_one_and_the_old_one_opens_nothing() {
        SecretKey old = PersonalDataKeys.masterKey(MASTER);
        SecretKey next = PersonalDataKeys.masterKey(NEXT_MASTER);
        JsonMapper before = serializerWith(new PersonalDataKeys(dataSource, Duration.ZERO, old));
        ContactPerson ida = new ContactPerson("Ida Holm", "ida@aarhus.dk", null);
        List<String> stored = List.of(before.writeValueAsString(kim), before.writeValueAsString(ida));
        PersonalDataKeys rotating = new PersonalDataKeys(dataSource, Duration.ZERO, next, List.of(old));

        assertThat(serializerWith(rotating)
                        .readValue(stored.get(0), ContactPerson.class)
                        .name())
                .as("while rotating, a key still wrapped with the previous master key opens")
                .isEqualTo("Kim Jensen");
        assertThat(rotating.rewrapStoredKeys()).isEqualTo(2);
        assertThat(rotating.rewrapStoredKeys()).as("once is enough").isZero();

        JsonMapper newOnly = serializerWith(new PersonalDataKeys(dataSource, Duration.ZERO, next));
        assertThat(stored)
                .extracting(text -> newOnly.readValue(text, ContactPerson.class).name())
                .containsExactly("Kim Jensen", "Ida Holm");
        JsonMapper oldOnly = serializerWith(new PersonalDataKeys(dataSource, Duration.ZERO, old));
        for (String text : stored) {
            assertThatThrownBy(() -> oldOnly.readValue(text, ContactPerson.class))
                    .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
        }
    }

    @Test
    void a_rotation_that_meets_a_key_no_configured_master_key_opens_changes_nothing() throws SQLException {
        JsonMapper before =
                serializerWith(new PersonalDataKeys(dataSource, Duration.ZERO, PersonalDataKeys.masterKey(MASTER)));
        String kimStored = before.writeValueAsString(kim);
        byte[] wrapped = storedKey(subjectOf(kimStored));
        before = serializerWith(new PersonalDataKeys(
                dataSource,
                Duration.ZERO,
                PersonalDataKeys.masterKey(Base64.getEncoder().encodeToString(new byte[32]))));
        before.writeValueAsString(new ContactPerson("Ida Holm", "ida@aarhus.dk", null));
        PersonalDataKeys rotating = new PersonalDataKeys(
                dataSource,
                Duration.ZERO,
                PersonalDataKeys.masterKey(NEXT_MASTER),
                List.of(PersonalDataKeys.masterKey(MASTER)));

        assertThatThrownBy(rotating::rewrapStoredKeys)
                .hasMessageContaining("1 of 2 personal data keys open with neither the master key nor a previous one");
        assertThat(storedKey(subjectOf(kimStored))).isEqualTo(wrapped);
    }

    private byte[] storedKey(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet row =
                        sql.executeQuery("SELECT secret FROM personal_data_key WHERE subject = '" + subject + "'")) {
            assertThat(row.next()).isTrue();
            return row.getBytes(1);
        }
    }

    @Test
    void a_stored_contact_shows_neither_name_nor_e_mail_nor_phone_and_reads_back_with_its_subject() {
        String stored = axon.writeValueAsString(kim);

        assertThat(stored).doesNotContainIgnoringCase("kim").doesNotContain("odense", "13 13");
        ContactPerson read = axon.readValue(stored, ContactPerson.class);
        assertThat(read.subject())
                .isNotNull()
                .isEqualTo(axon.readTree(stored).get("subject").asString());
        assertThat(read).isEqualTo(new ContactPerson(kim.name(), kim.email(), kim.phone(), read.subject()));
    }

    @Test
    void one_person_has_one_subject_whatever_the_case_of_the_address_and_another_person_another() {
        String first = subjectOf(axon.writeValueAsString(kim));
        String again = subjectOf(axon.writeValueAsString(new ContactPerson("Kim J.", " kim.jensen@ODENSE.dk", null)));
        String other = subjectOf(axon.writeValueAsString(new ContactPerson("Ida Holm", "ida@aarhus.dk", null)));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void once_the_key_is_erased_the_same_stored_text_reads_as_an_erased_person() throws SQLException {
        String stored = axon.writeValueAsString(kim);
        String subject = subjectOf(stored);
        assertThat(axon.readValue(stored, ContactPerson.class).name()).isEqualTo("Kim Jensen");

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            assertThat(sql.executeUpdate("DELETE FROM personal_data_key WHERE subject = '" + subject + "'"))
                    .isEqualTo(1);
        }

        ContactPerson read = axon.readValue(stored, ContactPerson.class);
        assertThat(read).isEqualTo(ContactPerson.erased(subject));
        assertThat(read.isErased()).isTrue();
        assertThat(axon.readValue(axon.writeValueAsString(read), ContactPerson.class))
                .isEqualTo(read);
    }

    @Test
    void a_seal_does_not_open_under_another_subject() {
        JsonNode stored = axon.readTree(axon.writeValueAsString(kim));
        String other = subjectOf(axon.writeValueAsString(new ContactPerson("Ida Holm", "ida@aarhus.dk", null)));
        String swapped = "{\"subject\":\"" + other + "\",\"sealed\":\""
                + stored.get("sealed").asString() + "\"}";

        assertThatThrownBy(() -> axon.readValue(swapped, ContactPerson.class))
                .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    @Test
    void a_contact_stored_before_sealing_reads_as_it_was_written() {
        String plain = "{\"name\":\"Kim Jensen\",\"email\":\"kim@odense.dk\",\"phone\":null}";

        assertThat(axon.readValue(plain, ContactPerson.class))
                .isEqualTo(new ContactPerson("Kim Jensen", "kim@odense.dk", null));
    }

    @Test
    void a_command_refuses_an_erased_contact_and_drops_a_subject_the_client_chose() {
        assertThatThrownBy(() -> ContactPerson.required(ContactPerson.erased("x"), "An application"))
                .hasMessageContaining("names a contact person");
        assertThat(ContactPerson.required(new ContactPerson("Kim", "kim@odense.dk", null, "chosen"), "An application")
                        .subject())
                .isNull();
    }

    private String subjectOf(String stored) {
        return axon.readTree(stored).get("subject").asString();
    }
}
