package dk.pulje.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A page of a long history reads its own events from the event store, not the stream before them. */
class ProvenancePagingTest {

    private static final int EVENTS = 40_000;

    private final PoolId pool = PoolId.of("busy-pool");
    private final EventStore eventStore = mock(EventStore.class);
    private final AtomicInteger read = new AtomicInteger();
    private final Provenance provenance =
            new Provenance(new WholeStream(eventStore), JsonMapper.builder().build());

    ProvenancePagingTest() {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        Decision decision = new Decision("applicant", Role.APPLICANT, Instant.parse("2017-03-01T09:00:00Z"), "Late");
        stream.add(new GenericDomainEventMessage<>("Pool", pool.value(), 0, new PoolClosed(pool, decision)));
        for (int sequence = 1; sequence < EVENTS; sequence++) {
            stream.add(new GenericDomainEventMessage<>(
                    "Pool",
                    pool.value(),
                    sequence,
                    new ApplicationWithdrawn(pool, ApplicationId.of("application-" + sequence % 1000), decision)));
        }
        when(eventStore.readEvents(eq(pool.value()), anyLong())).thenAnswer(call -> {
            long first = call.getArgument(1);
            return DomainEventStream.of(stream.stream().skip(first).peek(event -> read.incrementAndGet()));
        });
        when(eventStore.lastSequenceNumberFor(pool.value())).thenReturn(Optional.of(EVENTS - 1L));
    }

    @Test
    void a_page_deep_in_a_long_stream_reads_its_events_and_one_more_and_the_streams_first() {
        Provenance.Page page = provenance.page(pool, null, 30_000, 100).orElseThrow();

        assertThat(page.entries())
                .extracting(HistoryEntry::sequence)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(30_001, 30_100).boxed().toList());
        assertThat(page.nextAfter()).isEqualTo(30_100);
        assertThat(read).hasValueLessThanOrEqualTo(1 + 101 + 2);
        verify(eventStore, never()).readEvents(anyString());
    }

    @Test
    void an_applications_page_reads_the_pools_events_up_to_its_last_entry_and_the_next() {
        Provenance.Page page = provenance.page(pool, "application-7", 10_000, 2).orElseThrow();

        assertThat(page.entries()).extracting(HistoryEntry::sequence).containsExactly(10_007L, 11_007L);
        assertThat(read).hasValueLessThanOrEqualTo(1 + 2_007 + 2);
    }

    @Test
    void the_dashboards_newest_events_are_read_from_their_first_sequence() {
        assertThat(provenance.entries(pool, EVENTS - 50, 50))
                .extracting(HistoryEntry::sequence)
                .containsExactlyElementsOf(
                        LongStream.range(EVENTS - 50, EVENTS).boxed().toList());
        assertThat(read).hasValueLessThanOrEqualTo(50 + 1);
    }

    @Test
    void an_export_reads_the_stream_as_it_writes_it() {
        var history = provenance.history(pool, null).iterator();
        for (int i = 0; i < 10; i++) {
            history.next();
        }

        assertThat(read).hasValueLessThanOrEqualTo(1 + 10 + 1);
    }
}
