package dk.pulje.query.portal;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.pool.PoolId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drafts' store. Every read and write names the organisation the signed-in applicant acts for, so a draft of
 * another organisation is simply not there: it is neither shown nor changed. A save names the version it was made
 * from, so a colleague's save in between is not overwritten unseen.
 */
@Component
class Drafts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Drafts(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    String start(PoolId poolId, String organisation, String user) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = Rows.timestamp(clock.instant());
        jdbc.update(
                "INSERT INTO portal_draft (draft_id, pool_id, organisation, content, version, created_by, created_at,"
                        + " updated_by, updated_at) VALUES (:id, :pool, :organisation, :content, 1, :user, :now,"
                        + " :user, :now)",
                Map.of(
                        "id", id,
                        "pool", poolId.value(),
                        "organisation", organisation,
                        "content", JSON.writeValueAsString(DraftContent.EMPTY),
                        "user", user,
                        "now", now));
        jdbc.update(
                "INSERT INTO portal_draft_change (draft_id, version, changed_by, changed_at, fields)"
                        + " VALUES (:id, 1, :user, :now, 'created')",
                Map.of("id", id, "user", user, "now", now));
        return id;
    }

    Optional<Draft> find(String draftId, String organisation) {
        List<Draft> found = jdbc.query(
                "SELECT * FROM portal_draft WHERE draft_id = :id AND organisation = :organisation",
                Map.of("id", draftId, "organisation", organisation),
                (row, n) -> draft(row, List.of()));
        return found.stream().findFirst().map(draft -> draft.withChanges(changes(draftId)));
    }

    /** The organisation's drafts, last changed first, without their changes. */
    List<Draft> of(String organisation) {
        return jdbc.query(
                "SELECT * FROM portal_draft WHERE organisation = :organisation ORDER BY updated_at DESC, draft_id",
                Map.of("organisation", organisation),
                (row, n) -> draft(row, List.of()));
    }

    /**
     * Saves {@code content} over the version it was made from; false (and nothing saved) if the draft is not the
     * organisation's, is submitted, or was saved by someone else in between.
     */
    @Transactional
    boolean save(String draftId, String organisation, int fromVersion, DraftContent content, String user) {
        Optional<Draft> draft = find(draftId, organisation);
        if (draft.isEmpty() || draft.get().submitted() || draft.get().version() != fromVersion) {
            return false;
        }
        return write(draft.get(), content.withAttachments(draft.get().content().attachments()), user);
    }

    /**
     * Adds a document the command side stored for the organisation to its draft; false (and nothing changed) if the
     * draft is not the organisation's or is submitted.
     */
    @Transactional
    boolean attach(String draftId, String organisation, DraftContent.DraftAttachment attachment, String user) {
        Optional<Draft> draft = find(draftId, organisation);
        if (draft.isEmpty() || draft.get().submitted()) {
            return false;
        }
        List<DraftContent.DraftAttachment> attachments =
                new ArrayList<>(draft.get().content().attachments());
        attachments.add(attachment);
        return write(draft.get(), draft.get().content().withAttachments(attachments), user);
    }

    /** Takes a document off the draft (it stays in the store, attached to nothing). */
    @Transactional
    boolean detach(String draftId, String organisation, String documentId, String user) {
        Optional<Draft> draft = find(draftId, organisation);
        if (draft.isEmpty() || draft.get().submitted()) {
            return false;
        }
        List<DraftContent.DraftAttachment> attachments = draft.get().content().attachments().stream()
                .filter(attachment -> !attachment.documentId().equals(documentId))
                .toList();
        return write(draft.get(), draft.get().content().withAttachments(attachments), user);
    }

    /** Writes {@code content} over the draft's version, noting which fields changed; false if it changed since. */
    private boolean write(Draft draft, DraftContent content, String user) {
        String draftId = draft.draftId();
        String organisation = draft.organisation();
        int fromVersion = draft.version();
        List<String> changed = content.changedFrom(draft.content());
        if (changed.isEmpty()) {
            return true;
        }
        OffsetDateTime now = Rows.timestamp(clock.instant());
        int updated = jdbc.update(
                "UPDATE portal_draft SET content = :content, version = version + 1, updated_by = :user,"
                        + " updated_at = :now WHERE draft_id = :id AND organisation = :organisation"
                        + " AND version = :version AND application_id IS NULL",
                Map.of(
                        "content", JSON.writeValueAsString(content),
                        "user", user,
                        "now", now,
                        "id", draftId,
                        "organisation", organisation,
                        "version", fromVersion));
        if (updated == 0) {
            return false;
        }
        jdbc.update(
                "INSERT INTO portal_draft_change (draft_id, version, changed_by, changed_at, fields)"
                        + " VALUES (:id, :version, :user, :now, :fields)",
                Map.of(
                        "id", draftId,
                        "version", fromVersion + 1,
                        "user", user,
                        "now", now,
                        "fields", String.join(",", changed)));
        return true;
    }

    /** Notes that the draft became {@code applicationId}; the first to note it wins, later notes change nothing. */
    @Transactional
    void submitted(String draftId, String organisation, String applicationId, String user) {
        jdbc.update(
                "UPDATE portal_draft SET application_id = :application, submitted_by = :user, submitted_at = :now"
                        + " WHERE draft_id = :id AND organisation = :organisation AND application_id IS NULL",
                Map.of(
                        "application", applicationId,
                        "user", user,
                        "now", Rows.timestamp(clock.instant()),
                        "id", draftId,
                        "organisation", organisation));
    }

    private List<Draft.Change> changes(String draftId) {
        return jdbc.query(
                "SELECT * FROM portal_draft_change WHERE draft_id = :id ORDER BY version DESC",
                Map.of("id", draftId),
                (row, n) -> new Draft.Change(
                        row.getInt("version"),
                        row.getString("changed_by"),
                        instant(row, "changed_at"),
                        Arrays.asList(row.getString("fields").split(","))));
    }

    private static Draft draft(ResultSet row, List<Draft.Change> changes) throws SQLException {
        return new Draft(
                row.getString("draft_id"),
                PoolId.of(row.getString("pool_id")),
                row.getString("organisation"),
                JSON.readValue(row.getString("content"), DraftContent.class),
                row.getInt("version"),
                row.getString("created_by"),
                instant(row, "created_at"),
                row.getString("updated_by"),
                instant(row, "updated_at"),
                row.getString("application_id"),
                row.getString("submitted_by"),
                instant(row, "submitted_at"),
                changes);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
