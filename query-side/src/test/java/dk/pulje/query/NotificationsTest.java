package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import dk.pulje.query.audit.ProjectionReplay;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportReminderIssued;
import dk.pulje.shared.meeting.MeetingChanged;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingPlanned;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.RoundDeadlineApproaching;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.subscription.Subscribed;
import dk.pulje.shared.subscription.Unsubscribed;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail through a real SMTP connection: subscribers of a published pool and of its approaching deadline, attendees of
 * a moved meeting; each told once, also when every event is delivered again. On H2; what the notifications keep in
 * the database is tried on PostgreSQL too ({@link NotificationsBehaviour}).
 */
@ActiveProfiles({"embedded", "demo"})
class NotificationsTest extends NotificationsBehaviour {

    private static final String BUDGET_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    ProjectionReplay replay;

    @DynamicPropertySource
    static void inMemoryDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void subscribers_and_attendees_are_told_by_e_mail_once_each_even_when_every_event_comes_again() throws Exception {
        Instant start = Instant.now();
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        PoolId pool = PoolId.random();
        Decision odenseClerk = new Decision("odense", Role.APPLICANT, Instant.now(), null);
        events.subscription(
                "subscription:municipality:461",
                new Subscribed(
                        "subscription:municipality:461",
                        "municipality:461",
                        new ContactPerson("Kim Jensen", "kim.jensen@odense.dk", null),
                        Set.of(ApplicantKind.MUNICIPALITY),
                        List.of("preventive"),
                        odenseClerk));
        events.subscription(
                "subscription:municipality:751",
                new Subscribed(
                        "subscription:municipality:751",
                        "municipality:751",
                        new ContactPerson("Ane Berg", "ane@aarhus.dk", null),
                        Set.of(ApplicantKind.MUNICIPALITY),
                        List.of("handicap"),
                        odenseClerk));
        events.subscription(
                "subscription:cvr:29189986",
                new Subscribed(
                        "subscription:cvr:29189986",
                        "cvr:29189986",
                        new ContactPerson("Bo Lund", "bo@solbakken.dk", null),
                        Set.of(ApplicantKind.CARE_INSTITUTION),
                        List.of(),
                        odenseClerk));
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, new Decision("manager", Role.POOL_MANAGER, Instant.now(), null)));

        MimeMessage published = await().atMost(Duration.ofSeconds(20))
                .until(() -> SMTP.getReceivedMessages(), received -> received.length == 1)[0];
        assertThat(published.getAllRecipients())
                .extracting(Object::toString)
                .containsExactly("Kim Jensen <kim.jensen@odense.dk>");
        assertThat(published.getSubject())
                .isEqualTo("Ny pulje: Initiatives for an early, preventive and more effective effort");
        assertThat(published.getMessageID()).matches("<pulje-outbox-\\d+@pulje>");
        assertThat(text(published))
                .contains(
                        "Beløb: 24.900.000,00 kr.",
                        "Kan søges af: kommuner",
                        "Ansøgningsfrist: 24. marts 2017 kl. 12:00",
                        "https://pulje.example.dk/public/pools",
                        "municipality:461 abonnerer");
        System.out.println("E-mail as received by the test SMTP server:\n" + GreenMailUtil.getWholeMessage(published));

        events.pool(
                pool,
                new RoundDeadlineApproaching(
                        pool,
                        1,
                        Deadline.of("2017-03-24T12:00"),
                        new Decision("pulje", Role.SYSTEM, Instant.now(), "Round 1 closes in 7 days")));
        MeetingId meeting = MeetingId.random();
        MeetingTime odense = new MeetingTime(
                LocalDate.parse("2017-02-20"),
                LocalTime.of(10, 0),
                LocalTime.of(14, 30),
                "Mødecenter Odense, Buchwaldsgade 48, Odense");
        MeetingTime moved = new MeetingTime(
                LocalDate.parse("2017-02-22"),
                LocalTime.of(10, 0),
                LocalTime.of(14, 30),
                "Mødecenter Odense, Buchwaldsgade 48, Odense");
        Decision manager = new Decision("manager", Role.POOL_MANAGER, Instant.now(), "The room was double-booked");
        events.meeting(
                meeting,
                new MeetingPlanned(meeting, List.of(pool), odense, true, 50, manager),
                new RegisteredForMeeting(
                        meeting,
                        "r1",
                        "municipality:461",
                        new ContactPerson("Ida Holm", "ida@odense.dk", null),
                        false,
                        "odense",
                        Instant.now()),
                new MeetingChanged(meeting, List.of(pool), odense, moved, manager));

        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 3);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received[1].getSubject()).startsWith("Ansøgningsfristen er om 7 dage");
        assertThat(received[1].getAllRecipients()[0].toString()).contains("kim.jensen@odense.dk");
        assertThat(received[2].getSubject()).isEqualTo("Informationsmødet er flyttet til 22. februar 2017");
        assertThat(received[2].getAllRecipients()[0].toString()).contains("ida@odense.dk");
        assertThat(text(received[2]))
                .contains(
                        "Nu: 22. februar 2017 kl. 10:00–14:30",
                        "Før: 20. februar 2017",
                        "Årsag: The room was double-booked");

        long outboxRows = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox", Long.class);
        StreamingEventProcessor notifier = processing
                .eventProcessor("notifications", StreamingEventProcessor.class)
                .orElseThrow();
        notifier.shutDown();
        // Every event of this test again; other tests' pools would be news to this test's subscribers.
        notifier.resetTokens(source -> source.createTokenAt(start));
        notifier.start();
        long head = events.lastPosition();
        await().atMost(Duration.ofSeconds(20)).until(() -> progress.hasProcessed(List.of("notifications"), head));
        Thread.sleep(500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox", Long.class))
                .isEqualTo(outboxRows);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification_outbox WHERE status = 'SENT' "
                                + "AND recipient_email LIKE '%@odense.dk'",
                        Long.class))
                .isEqualTo(3);
        assertThat(replay.groups()).doesNotContain("notifications");
    }

    @Test
    void an_applications_contact_person_gets_a_receipt_is_reminded_of_its_grants_reports_and_told_when_one_is_overdue()
            throws Exception {
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        PoolId pool = PoolId.random();
        ApplicationId application = ApplicationId.random();
        GrantId grant = GrantId.of(application);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, new Decision("manager", Role.POOL_MANAGER, Instant.now(), null)),
                new ApplicationSubmitted(
                        pool,
                        application,
                        1,
                        Applicant.municipality("751"),
                        "Early help in PPR",
                        Money.of("1000000"),
                        TestPools.budget(2018, "1000000"),
                        "new-methods",
                        new ContactPerson("Ane Berg", "ane@aarhus.dk", null),
                        new Actor("aarhus", Role.APPLICANT, "municipality:751"),
                        Instant.now(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(new Attachment(
                                "d-budget", "budget 2018.pdf", "application/pdf", 4096, BUDGET_SHA256))));
        Decision system = new Decision("pulje", Role.SYSTEM, Instant.now(), null);
        events.grant(
                grant,
                new ReportReminderIssued(grant, "status-2018", LocalDate.parse("2019-03-01"), 14, system),
                new ReportOverdue(grant, "status-2018", LocalDate.parse("2019-03-01"), system));

        MimeMessage[] received = await().atMost(Duration.ofSeconds(20))
                .until(() -> SMTP.getReceivedMessagesForDomain("ane@aarhus.dk"), messages -> messages.length == 3);
        assertThat(received)
                .extracting(message -> message.getAllRecipients()[0].toString())
                .containsOnly("Ane Berg <ane@aarhus.dk>");
        assertThat(received[0].getSubject())
                .isEqualTo("Kvittering: jeres ansøgning om tilskud til Early help in PPR er modtaget");
        assertThat(text(received[0]))
                .contains(
                        "søger om 1.000.000,00 kr.",
                        "underskrevet af aarhus for Aarhus Kommune",
                        "Ansøgningens nummer: " + application.value(),
                        "budget 2018.pdf (SHA-256: " + BUDGET_SHA256 + ")",
                        "https://pulje.example.dk/portal/applications");
        assertThat(received[1].getSubject())
                .isEqualTo("Påmindelse: rapporten status-2018 skal indsendes senest 1. marts 2019");
        assertThat(text(received[1]))
                .contains("for Early help in PPR", "om 14 dage", "https://pulje.example.dk/grants/" + grant.value());
        assertThat(received[2].getSubject())
                .isEqualTo("Rapporten status-2018 er ikke modtaget: udbetalinger holdes tilbage");
        assertThat(text(received[2])).contains("skulle være indsendt senest 1. marts 2019");

        events.erasure(
                "ane@aarhus.dk", new Decision("manager", Role.POOL_MANAGER, Instant.now(), "Asked to be forgotten"));
        events.grant(grant, new ReportReminderIssued(grant, "final", LocalDate.parse("2020-03-31"), 14, system));
        long head = events.lastPosition();
        await().atMost(Duration.ofSeconds(20)).until(() -> progress.hasProcessed(List.of("notifications"), head));
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessagesForDomain("ane@aarhus.dk"))
                .as("an erased person is told nothing")
                .hasSize(3);
    }

    @Test
    void a_subscriber_who_asked_for_english_is_written_to_in_english_as_text_with_html_beside_it() throws Exception {
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        PoolId pool = PoolId.random();
        Decision aalborgClerk = new Decision("aalborg", Role.APPLICANT, Instant.now(), null);
        events.subscription(
                "subscription:municipality:851",
                new Subscribed(
                        "subscription:municipality:851",
                        "municipality:851",
                        new ContactPerson("Jo Smith", "jo.smith@aalborg.dk", null),
                        Set.of(ApplicantKind.MUNICIPALITY),
                        List.of(),
                        aalborgClerk,
                        "en"));
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, new Decision("manager", Role.POOL_MANAGER, Instant.now(), null)));

        MimeMessage published = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> SMTP.getReceivedMessagesForDomain("jo.smith@aalborg.dk"),
                        received -> received.length == 1)[0];
        events.subscription(
                "subscription:municipality:851",
                new Unsubscribed("subscription:municipality:851", "municipality:851", aalborgClerk));

        assertThat(published.getSubject())
                .isEqualTo("New pool: Initiatives for an early, preventive and more effective effort");
        assertThat(published.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) published.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(text(published))
                .contains(
                        "Amount: DKK 24,900,000.00",
                        "Open to: municipalities",
                        "Application deadline: 24 March 2017, 12:00",
                        "https://pulje.example.dk/public/pools")
                .doesNotContain("Jo Smith", "jo.smith@aalborg.dk");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(parts.getBodyPart(1).getContent().toString())
                .contains("<html lang=\"en\"", "DKK 24,900,000.00", "href=\"https://pulje.example.dk/public/pools\"");
    }

    /** The text of an e-mail: its first part, the HTML being its alternative. */
    private static String text(MimeMessage message) throws Exception {
        return ((MimeMultipart) message.getContent())
                .getBodyPart(0)
                .getContent()
                .toString();
    }
}
