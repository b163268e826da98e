package dk.pulje.command.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.application.Attachment;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.StoredDocument;
import dk.pulje.spring.time.AdjustableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deadline scheduler runs the sweep of unattached uploads by itself, on the application's clock: nothing goes
 * while the clock stands before the seven days are over, the never attached upload goes once they are, the attached
 * one stays.
 */
@SpringBootTest(
        properties = {
            "pulje.demo.load-seed-pools=false",
            "spring.datasource.url=jdbc:h2:mem:unattached-schedule;DB_CLOSE_DELAY=-1",
            "pulje.deadlines.polling-interval=100ms",
            "pulje.documents.unattached.check-every=200ms"
        })
@ActiveProfiles({"embedded", "demo"})
@Import(UnattachedUploadsScheduleTest.TestClock.class)
class UnattachedUploadsScheduleTest {

    /** Time flows, as db-scheduler's polling needs it to; the test moves it forward in one jump. */
    private static final AdjustableClock clock =
            new AdjustableClock(Clock.systemUTC(), Instant.parse("2017-02-06T09:00:00Z"));

    private static final Path DOCUMENTS = tempDirectory();

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        AdjustableClock testClock() {
            return clock;
        }
    }

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("pulje-unattached-schedule");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    DocumentStore documents;

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcTemplate jdbc;

    private String upload(String fileName) {
        StoredDocument stored =
                documents.put("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        uploads.record(new Uploads.Upload(
                "municipality:751",
                "aarhus-clerk",
                clock.instant(),
                new Attachment(stored.id(), fileName, stored.mediaType(), stored.size(), stored.sha256())));
        return stored.id();
    }

    private boolean kept(String documentId) {
        return Files.exists(DOCUMENTS.resolve(documentId))
                && uploads.find(documentId).isPresent();
    }

    @Test
    void the_scheduler_deletes_an_upload_never_attached_once_its_seven_days_are_over() throws Exception {
        String forgotten = upload("forgotten.pdf");
        String attached = upload("budget.pdf");
        assertThat(uploads.markAttached(attached, clock.instant())).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?",
                        Long.class,
                        UnattachedUploadsSchedule.TASK))
                .as("scheduled once, whichever node starts first")
                .isEqualTo(1);

        clock.moveTo(clock.instant().plus(Duration.ofDays(6)));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> kept(forgotten));

        clock.moveTo(clock.instant().plus(Duration.ofDays(1).plusMinutes(1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> !kept(forgotten));
        assertThat(Files.exists(DOCUMENTS.resolve(forgotten + ".type"))).isFalse();
        assertThat(kept(attached)).isTrue();
    }
}
