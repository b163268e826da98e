package dk.pulje.query.audit;

import dk.pulje.query.infra.Rows;
import dk.pulje.spring.NodeSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A replay of one projection while several query nodes run it, coordinated through {@code projection_replay}. The
 * node asked records the request; every node that runs the projection stops it when it sees the request (at once on
 * the node asked, within {@code pulje.projections.replay-poll-interval} on the others), which gives up its segments.
 * Once no node holds one, the first node to try resets the tokens, in one transaction with marking the request done,
 * and starts the projection again; the others start it when they see the request done. Every other projection runs
 * on all nodes throughout. A request still waiting after {@code replay-timeout} (a node kept its segments) fails, and
 * every node starts the projection again as it was.
 */
@Component
public class CoordinatedReplay {

    public static final String REQUESTED = "requested";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    /** One replay asked for: by whom and when, and, once over, which node reset the tokens and with what outcome. */
    public record ReplayRequest(
            String id,
            String group,
            String requestedBy,
            Instant requestedAt,
            String state,
            String resetBy,
            Instant finishedAt,
            String outcome) {}

    private static final Logger log = LoggerFactory.getLogger(CoordinatedReplay.class);
    private static final String COLUMNS = "replay_id, processing_group, requested_by, requested_at, state, reset_by,"
            + " finished_at, outcome FROM projection_replay";
    private static final RowMapper<ReplayRequest> REQUEST = (row, n) -> new ReplayRequest(
            row.getString("replay_id"),
            row.getString("processing_group"),
            row.getString("requested_by"),
            row.getObject("requested_at", OffsetDateTime.class).toInstant(),
            row.getString("state"),
            row.getString("reset_by"),
            Optional.ofNullable(row.getObject("finished_at", OffsetDateTime.class))
                    .map(OffsetDateTime::toInstant)
                    .orElse(null),
            row.getString("outcome"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionReplay replay;
    private final ReplaySettings settings;
    private final Clock clock;
    private final String nodeId;
    /** The replays this node has stopped a projection for, by request: it starts the projection when they are over. */
    private final Map<String, String> stoppedHere = new ConcurrentHashMap<>();

    private ScheduledExecutorService timer;

    CoordinatedReplay(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ProjectionReplay replay,
            ReplaySettings settings,
            NodeSettings node,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.replay = replay;
        this.settings = settings;
        this.clock = clock;
        // The token store's own default, so the node is named alike in both tables.
        this.nodeId = node.nodeIdOr(() -> ManagementFactory.getRuntimeMXBean().getName());
    }

    /**
     * Asks every node to replay the group, or returns the request already waiting for it; empty when no such group
     * can be replayed.
     */
    public synchronized Optional<ReplayRequest> request(String group, String requestedBy) {
        if (!replay.replayable(group)) {
            return Optional.empty();
        }
        String id = waiting(group).map(ReplayRequest::id).orElseGet(() -> {
            String newId = UUID.randomUUID().toString();
            jdbc.update(
                    "INSERT INTO projection_replay (replay_id, processing_group, requested_by, requested_at, state)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    newId,
                    group,
                    requestedBy,
                    Rows.timestamp(clock.instant()),
                    REQUESTED);
            return newId;
        });
        coordinate();
        return find(id);
    }

    public Optional<ReplayRequest> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " WHERE replay_id = ?", REQUEST, id).stream()
                .findFirst();
    }

    /** The latest requests, newest first. */
    public List<ReplayRequest> latest(int howMany) {
        return jdbc.query("SELECT " + COLUMNS + " ORDER BY requested_at DESC, replay_id", REQUEST).stream()
                .limit(howMany)
                .toList();
    }

    private Optional<ReplayRequest> waiting(String group) {
        return jdbc
                .query("SELECT " + COLUMNS + " WHERE processing_group = ? AND state = ?", REQUEST, group, REQUESTED)
                .stream()
                .findFirst();
    }

    /** One round on this node: stop for the waiting requests, reset where no node holds a segment, start again. */
    synchronized void coordinate() {
        for (ReplayRequest waiting :
                jdbc.query("SELECT " + COLUMNS + " WHERE state = ? ORDER BY requested_at", REQUEST, REQUESTED)) {
            if (!replay.replayable(waiting.group())) {
                continue; // a projection this node version does not have: a node that has it replays it
            }
            if (stoppedHere.putIfAbsent(waiting.id(), waiting.group()) == null) {
                log.info(
                        "Stopping projection {} for the replay {} asked for by {}",
                        waiting.group(),
                        waiting.id(),
                        waiting.requestedBy());
                replay.stop(waiting.group());
            }
            if (!tryToReset(waiting)
                    && clock.instant().isAfter(waiting.requestedAt().plus(settings.replayTimeout()))) {
                finish(
                        waiting,
                        FAILED,
                        "Not replayed: after " + settings.replayTimeout() + " segments were still held by "
                                + holders(waiting.group()));
            }
        }
        stoppedHere.forEach((id, group) -> {
            Optional<ReplayRequest> request = find(id);
            if (request.map(r -> !REQUESTED.equals(r.state())).orElse(true)) {
                replay.start(group);
                stoppedHere.remove(id);
                log.info(
                        "Started projection {} again after the replay {}: {}",
                        group,
                        id,
                        request.map(ReplayRequest::outcome).orElse("gone"));
            }
        });
    }

    /** Resets the tokens if no other node holds a segment, marking the request done in the same transaction. */
    private boolean tryToReset(ReplayRequest waiting) {
        try {
            return Boolean.TRUE.equals(transactions.execute(tx -> {
                if (finish(waiting, DONE, "Tokens reset; the projection rebuilds from the first event") == 0) {
                    return false; // another node reset them first
                }
                replay.reset(waiting.group());
                return true;
            }));
        } catch (UnableToClaimTokenException heldElsewhere) {
            log.debug("Replay {} waits: {}", waiting.id(), heldElsewhere.getMessage());
            return false;
        } catch (RuntimeException e) {
            log.error("Replay {} of {} failed", waiting.id(), waiting.group(), e);
            finish(waiting, FAILED, "Not replayed: " + e.getMessage());
            return false;
        }
    }

    private int finish(ReplayRequest waiting, String state, String outcome) {
        return jdbc.update(
                "UPDATE projection_replay SET state = ?, reset_by = ?, finished_at = ?, outcome = ?"
                        + " WHERE replay_id = ? AND state = ?",
                state,
                DONE.equals(state) ? nodeId : null,
                Rows.timestamp(clock.instant()),
                outcome.length() > 2000 ? outcome.substring(0, 2000) : outcome,
                waiting.id(),
                REQUESTED);
    }

    private List<String> holders(String group) {
        return jdbc.queryForList(
                "SELECT DISTINCT owner FROM TokenEntry WHERE processorName = ? AND owner IS NOT NULL ORDER BY owner",
                String.class,
                group);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "coordinated-replay"));
        long every = settings.replayPollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::coordinateSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void coordinateSafely() {
        try {
            coordinate();
        } catch (DataAccessException e) {
            log.warn("Cannot look for replays now: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Looking for replays failed", e);
        }
    }
}
