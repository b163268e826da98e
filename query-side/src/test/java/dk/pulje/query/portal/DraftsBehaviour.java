package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The drafts' store keeps each organisation's drafts to itself: another organisation neither reads, saves over nor
 * submits one, and nothing of it is stored. {@link DraftsOnH2Test} runs it on H2, {@link DraftsOnPostgresTest} on
 * PostgreSQL, each on the read models' migrations.
 */
abstract class DraftsBehaviour {

    private static final String AARHUS = "municipality:751";
    private static final String ODENSE = "municipality:461";
    private static final PoolId POOL = PoolId.of("early-preventive-effort-2017");

    private Drafts drafts;
    private NamedParameterJdbcTemplate jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void store() {
        DataSource dataSource = dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/query")
                .table("flyway_query_history")
                .load()
                .migrate();
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        drafts = new Drafts(jdbc, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Copenhagen")));
    }

    @Test
    void colleagues_share_a_draft_and_who_changed_what_is_kept() {
        String draft = drafts.start(POOL, AARHUS, "aarhus");
        assertThat(drafts.save(draft, AARHUS, 1, titled("Tidlig indsats"), "aarhus"))
                .isTrue();
        DraftContent withBudget = new DraftContent(
                "Tidlig indsats",
                null,
                Money.of("100000.00"),
                new TreeMap<>(java.util.Map.of(2030, Money.of("100000.00"))),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(drafts.save(draft, AARHUS, 2, withBudget, "aarhus2")).isTrue();

        Draft saved = drafts.find(draft, AARHUS).orElseThrow();
        assertThat(saved.version()).isEqualTo(3);
        assertThat(saved.content().budget()).containsEntry(2030, Money.of("100000.00"));
        assertThat(saved.changes())
                .extracting(change -> change.changedBy() + ":" + String.join(",", change.fields()))
                .containsExactly("aarhus2:amount,budget", "aarhus:title", "aarhus:created");
        assertThat(drafts.of(AARHUS)).extracting(Draft::draftId).containsExactly(draft);
    }

    @Test
    void another_organisation_neither_reads_nor_changes_nor_submits_a_draft() {
        String draft = drafts.start(POOL, AARHUS, "aarhus");

        assertThat(drafts.find(draft, ODENSE)).isEmpty();
        assertThat(drafts.of(ODENSE)).isEmpty();
        assertThat(drafts.save(draft, ODENSE, 1, titled("Overtaget"), "odense")).isFalse();
        drafts.submitted(draft, ODENSE, draft, "odense");

        Draft untouched = drafts.find(draft, AARHUS).orElseThrow();
        assertThat(untouched.version()).isEqualTo(1);
        assertThat(untouched.content()).isEqualTo(DraftContent.EMPTY);
        assertThat(untouched.submitted()).isFalse();
        assertThat(untouched.changes()).hasSize(1);
    }

    @Test
    void a_save_from_an_old_version_or_after_submission_stores_nothing() {
        String draft = drafts.start(POOL, AARHUS, "aarhus");
        assertThat(drafts.save(draft, AARHUS, 1, titled("Første"), "aarhus")).isTrue();
        assertThat(drafts.save(draft, AARHUS, 1, titled("Kollegaens"), "aarhus2"))
                .as("made from the version before the first save")
                .isFalse();
        drafts.submitted(draft, AARHUS, draft, "aarhus");
        drafts.submitted(draft, AARHUS, draft, "aarhus2");
        assertThat(drafts.save(draft, AARHUS, 2, titled("Efter indsendelse"), "aarhus2"))
                .isFalse();

        Draft submitted = drafts.find(draft, AARHUS).orElseThrow();
        assertThat(submitted.content().projectTitle()).isEqualTo("Første");
        assertThat(submitted.submittedBy())
                .as("the first submission is the one noted")
                .isEqualTo("aarhus");
        assertThat(submitted.applicationId()).isEqualTo(draft);
    }

    @Test
    void attachments_are_kept_across_saves_by_the_organisation_only_and_not_after_submission() {
        String draft = drafts.start(POOL, AARHUS, "aarhus");
        DraftContent.DraftAttachment budget = new DraftContent.DraftAttachment(
                "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "application/pdf",
                1234,
                "budget.pdf");
        assertThat(drafts.attach(draft, ODENSE, budget, "odense")).isFalse();
        assertThat(drafts.attach(draft, AARHUS, budget, "aarhus")).isTrue();
        assertThat(drafts.save(draft, AARHUS, 2, titled("Tidlig indsats"), "aarhus2"))
                .as("a save of the form's fields")
                .isTrue();

        Draft saved = drafts.find(draft, AARHUS).orElseThrow();
        assertThat(saved.content().attachments()).containsExactly(budget);
        assertThat(saved.changes())
                .extracting(change -> change.changedBy() + ":" + String.join(",", change.fields()))
                .containsExactly("aarhus2:title", "aarhus:attachments", "aarhus:created");
        assertThat(drafts.detach(draft, ODENSE, budget.documentId(), "odense")).isFalse();
        assertThat(drafts.detach(draft, AARHUS, budget.documentId(), "aarhus")).isTrue();
        assertThat(drafts.find(draft, AARHUS).orElseThrow().content().attachments())
                .isEmpty();

        drafts.submitted(draft, AARHUS, draft, "aarhus");
        assertThat(drafts.attach(draft, AARHUS, budget, "aarhus")).isFalse();
        assertThat(drafts.find(draft, AARHUS).orElseThrow().content().attachments())
                .isEmpty();
    }

    private static DraftContent titled(String title) {
        return new DraftContent(title, null, null, null, null, null, null, null, null, null, null);
    }
}
