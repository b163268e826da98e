package dk.pulje.query.audit.chain;

import dk.pulje.query.audit.WholeStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Axon Server's events, read back as the chain read them: by position from its event stream without upcasters
 * ({@link ChainEventStream}; Axon Server numbers its events 0, 1, 2, … with no gaps, its tracking tokens' global
 * sequence), and an aggregate's events by their stream, whole ({@link WholeStream}). The event stream is read from the
 * lowest position asked for up to the highest, so pages of nearby positions, as verification and audit packages ask
 * for, read each event once.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
class StreamedEvents implements StoredEvents {

    private static final int PAGE = 500;
    /** How long the stream may stay silent before it has handed out every event up to the store's head. */
    private static final Duration SILENCE = Duration.ofSeconds(30);

    private final ChainEventStream eventStream;
    private final WholeStream wholeStream;
    private final NamedParameterJdbcTemplate named;

    StreamedEvents(ChainEventStream eventStream, WholeStream wholeStream, JdbcTemplate jdbc) {
        this.eventStream = eventStream;
        this.wholeStream = wholeStream;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public List<StoredEvent> positioned(Collection<StoredEvent> delivered) {
        return List.copyOf(delivered);
    }

    @Override
    public Map<Long, StoredEvent> at(Collection<Long> positions) {
        Map<Long, StoredEvent> found = new HashMap<>();
        if (positions.isEmpty()) {
            return found;
        }
        Set<Long> wanted = new HashSet<>(positions);
        long last = wanted.stream().mapToLong(Long::longValue).max().orElseThrow();
        read(wanted.stream().mapToLong(Long::longValue).min().orElseThrow(), last, event -> {
            if (wanted.contains(event.globalIndex())) {
                found.put(event.globalIndex(), event);
            }
            return true;
        });
        return found;
    }

    @Override
    public List<String> identifiersOf(String aggregateIdentifier) {
        return wholeStream
                .from(aggregateIdentifier, 0)
                .map(Message::getIdentifier)
                .toList();
    }

    @Override
    public Optional<StoredEvent> firstUnchainedBelow(long position) {
        List<StoredEvent> page = new ArrayList<>();
        List<StoredEvent> unchained = new ArrayList<>();
        read(0, position - 1, event -> {
            page.add(event);
            if (page.size() == PAGE) {
                unchained.addAll(unchained(page));
                page.clear();
            }
            return unchained.isEmpty();
        });
        unchained.addAll(unchained(page));
        return unchained.stream().findFirst();
    }

    /** The events of {@code page} without a link, in its order. */
    private List<StoredEvent> unchained(List<StoredEvent> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> chained = new HashSet<>(named.queryForList(
                "SELECT global_index FROM event_chain WHERE global_index IN (:positions)",
                Map.of("positions", page.stream().map(StoredEvent::globalIndex).toList()),
                Long.class));
        return page.stream()
                .filter(event -> !chained.contains(event.globalIndex()))
                .toList();
    }

    /**
     * Hands the events from position {@code first} up to {@code last} to {@code next} until it answers false. The
     * stream ends at the store's head: a position beyond it has no event. Up to the head it must hand out every
     * event; one that stays silent there is not taken for events missing, which would be reported as tampering.
     */
    private void read(long first, long last, Next next) {
        if (last < first) {
            return;
        }
        TrackingToken headToken = eventStream.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        long end = Math.min(last, head);
        try (BlockingStream<TrackedEventMessage<?>> stream =
                eventStream.openStream(new GlobalSequenceTrackingToken(first - 1))) {
            long position = first - 1;
            while (position < end) {
                if (!stream.hasNextAvailable((int) SILENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("The event stream handed out no event after position " + position
                            + " for " + SILENCE.toSeconds() + " s, though the store holds events up to " + head);
                }
                StoredEvent event = StoredEvent.of(stream.nextAvailable());
                position = event.globalIndex();
                if (position > last || !next.take(event)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event stream", e);
        }
    }

    @FunctionalInterface
    private interface Next {
        boolean take(StoredEvent event);
    }
}
