package dk.pulje.query.audit.chain;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Re-links a chain made in format 1 in format {@value ChainLink#FORMAT}, in its own order, once. Every link is
 * first checked in format 1 against the event at its position: a chain that does not verify is not re-linked (the
 * migration fails, naming the link), so tampering before the change of format is not laundered by it.
 */
@Component
@OnJdbcEventStore
class ChainFormatTwo implements JavaMigration {

    private static final int PAGE = 500;
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("15.1");
    }

    @Override
    public String getDescription() {
        return "hash chain format 2";
    }

    @Override
    public Integer getChecksum() {
        return 3;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        String previousOld = ChainLink.GENESIS;
        String previousNew = ChainLink.GENESIS;
        long after = -1;
        List<Link> page;
        do {
            page = jdbc.query(
                    "SELECT c.chain_sequence, c.link, " + StoredEvent.COLUMNS + " FROM event_chain c"
                            + " LEFT JOIN DomainEventEntry e ON e.globalIndex = c.global_index"
                            + " WHERE c.chain_sequence > ? ORDER BY c.chain_sequence"
                            + " FETCH FIRST " + PAGE + " ROWS ONLY",
                    (row, index) -> new Link(
                            row.getLong("chain_sequence"), row.getString("link").strip(), StoredEvent.read(row)),
                    after);
            for (Link link : page) {
                if (link.sequence() != after + 1
                        || link.event() == null
                        || !formatOne(previousOld, link.event()).equals(link.link())) {
                    throw new IllegalStateException("The hash chain does not verify at link " + link.sequence()
                            + ": it is not re-linked in format 2 (docs/audit.md)");
                }
                previousOld = link.link();
                previousNew = ChainLink.next(previousNew, link.event());
                jdbc.update("UPDATE event_chain SET link = ? WHERE chain_sequence = ?", previousNew, link.sequence());
                after = link.sequence();
            }
        } while (page.size() == PAGE);
        if (after >= 0
                && jdbc.update(
                                "UPDATE event_chain_head SET link = ? WHERE id = 1 AND chain_sequence = ?",
                                previousNew,
                                after)
                        != 1) {
            throw new IllegalStateException("The hash chain's head (event_chain_head) is not its last link, " + after
                    + ": it is not re-linked in format 2 (docs/audit.md)");
        }
    }

    /** The link as format 1 made it: the event's fields, without the global index, hashed onto the previous link. */
    private static String formatOne(String previousLink, StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEX.parseHex(previousLink));
        ChainLink.storedFields(out::writeBytes, event);
        return HEX.formatHex(ChainLink.sha256().digest(out.toByteArray()));
    }

    private record Link(long sequence, String link, StoredEvent event) {}
}
