package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.subscription.Subscribed;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the e-mail notifications keep in the database, tried on each store: {@link NotificationsTest} runs it on H2
 * beside the rest of the notifications' tests, {@link NotificationsOnPostgresTest} on PostgreSQL. E-mail goes through
 * a real SMTP connection (GreenMail, in this process: one server while the tests' JVM runs).
 */
@SpringBootTest
abstract class NotificationsBehaviour {

    static final GreenMail SMTP = startSmtp();

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProjectionProgress progress;

    private static GreenMail startSmtp() {
        try (ServerSocket free = new ServerSocket(0)) {
            GreenMail smtp =
                    new GreenMail(new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            free.close();
            smtp.start();
            Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
            return smtp;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("pulje.notifications.polling-interval", () -> "100ms");
        registry.add("pulje.notifications.public-url", () -> "https://pulje.example.dk");
    }

    @BeforeEach
    void noMailYet() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void an_erased_person_is_gone_from_the_e_mails_sent_to_them_and_from_stored_error_texts() throws Exception {
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        PoolId pool = PoolId.random();
        ContactPerson birthe = new ContactPerson("Birthe Erasmussen", "Birthe.Erasmussen@vejle.dk", null);
        events.subscription(
                "subscription:municipality:630",
                new Subscribed(
                        "subscription:municipality:630",
                        "municipality:630",
                        birthe,
                        Set.of(ApplicantKind.MUNICIPALITY),
                        List.of(),
                        new Decision("vejle", Role.APPLICANT, Instant.now(), null)));
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, new Decision("manager", Role.POOL_MANAGER, Instant.now(), null)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM "
                                        + "notification_outbox WHERE recipient_email = ? AND status = 'SENT'",
                                Long.class,
                                birthe.email())
                        == 1);
        // Texts that name her as an SMTP server and a database would word them: a later send's error, a projection's.
        jdbc.update(
                "UPDATE notification_outbox SET last_error = ? WHERE recipient_email = ?",
                "550 5.2.2 <birthe.erasmussen@vejle.dk> Birthe Erasmussen: mailbox full",
                birthe.email());
        MeetingId meeting = MeetingId.random();
        processing
                .deadLetterQueue(ProcessingGroups.MEETINGS)
                .orElseThrow()
                .enqueue(
                        meeting.value(),
                        new GenericDeadLetter<>(
                                meeting.value(),
                                new GenericDomainEventMessage<>(
                                        "Meeting",
                                        meeting.value(),
                                        0,
                                        new RegisteredForMeeting(
                                                meeting,
                                                "r1",
                                                "municipality:630",
                                                birthe,
                                                false,
                                                "vejle",
                                                Instant.now())),
                                new IllegalStateException(
                                        "Value too long for column attendee_name: 'Birthe Erasmussen', 'Birthe.Erasmussen@vejle.dk'")));
        String[] traces = {"Erasmussen", "Birthe"};
        assertThat(TablesHolding.search(jdbc, traces)).as("before the erasure").isNotEmpty();

        events.erasure(
                birthe.email(), new Decision("manager", Role.POOL_MANAGER, Instant.now(), "Asked to be forgotten"));
        long head = events.lastPosition();
        await().atMost(Duration.ofSeconds(20)).until(() -> progress.hasProcessed(List.of("notifications"), head));

        assertThat(TablesHolding.search(jdbc, traces)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification_outbox WHERE recipient_name = '(slettet)' "
                                + "AND status = 'SENT'",
                        Long.class))
                .as("that an e-mail was sent stays known")
                .isEqualTo(1);
    }
}
