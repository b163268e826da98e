package dk.pulje.query.audit.chain;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the chain outside the database: at intervals ({@code pulje.chain.anchor-interval}), and whenever an audit
 * package is made, the head is authenticated with the anchor key and appended to the anchor file and the log. A
 * head already anchored is not written again. {@code verify} compares the chain with every anchor.
 */
@Component
public class ChainAnchors {

    private static final Logger log = LoggerFactory.getLogger(ChainAnchors.class);

    private final JdbcOperations jdbc;
    private final AnchorLog anchorLog;
    private final Clock clock;
    private ChainAnchor last;

    ChainAnchors(JdbcOperations jdbc, AnchorLog anchorLog, Clock clock) {
        this.jdbc = jdbc;
        this.anchorLog = anchorLog;
        this.clock = clock;
        if (anchorLog.key().isEmpty()) {
            log.warn("No anchor key for the hash chain (pulje.chain.anchor-key): its head is not anchored outside "
                    + "the database, so a chain rewritten or cut together with the events still verifies");
        }
    }

    @Scheduled(
            fixedDelayString = "${pulje.chain.anchor-interval:1m}",
            initialDelayString = "${pulje.chain.anchor-interval:1m}")
    void atIntervals() {
        anchor();
    }

    /** Anchors the head as it stands now; empty before the first event is chained or without a key. */
    public synchronized Optional<ChainAnchor> anchor() {
        Optional<ChainHead> head = ChainHead.read(jdbc);
        if (head.isEmpty() || anchorLog.key().isEmpty()) {
            return Optional.empty();
        }
        if (last != null
                && last.chainSequence() == head.get().chainSequence()
                && last.head().equals(head.get().link())) {
            return Optional.of(last);
        }
        ChainAnchor anchor = ChainAnchor.of(
                head.get(), clock.instant().toString(), anchorLog.key().get());
        anchorLog.append(anchor);
        log.info("Chain anchor {}", AnchorLog.line(anchor));
        last = anchor;
        return Optional.of(anchor);
    }
}
