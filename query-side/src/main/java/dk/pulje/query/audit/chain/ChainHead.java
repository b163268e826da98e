package dk.pulje.query.audit.chain;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;

/** The chain's last link, its number, and the highest global index chained. */
public record ChainHead(long chainSequence, long position, String link) {

    /** The head as it stands, or empty before the first event is chained. */
    public static Optional<ChainHead> read(JdbcOperations jdbc) {
        return jdbc
                .query(
                        "SELECT h.chain_sequence, h.link, (SELECT MAX(c.global_index) FROM event_chain c) AS position"
                                + " FROM event_chain_head h WHERE h.id = 1 AND h.chain_sequence >= 0",
                        (row, index) -> new ChainHead(
                                row.getLong("chain_sequence"),
                                row.getLong("position"),
                                row.getString("link").strip()))
                .stream()
                .findFirst();
    }
}
