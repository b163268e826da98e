package dk.pulje.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationApproved;
import dk.pulje.shared.pool.AllocationProposed;
import dk.pulje.shared.pool.AllocationRanking;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A pool's history shows an allocation's proposal and approval with who, why, its total and its ranking. */
class AllocationHistoryTest {

    private final PoolId pool = PoolId.of("ranked-pool");
    private final EventStore eventStore = mock(EventStore.class);

    @Test
    void an_allocation_is_in_the_pools_history_with_its_total_and_its_ranking() {
        Instant at = Instant.parse("2017-04-03T10:00:00Z");
        List<AllocatedAward> awards = List.of(new AllocatedAward(ApplicationId.of("odense"), Money.of("2000000")));
        List<DomainEventMessage<?>> stream = List.of(
                new GenericDomainEventMessage<>(
                        "Pool",
                        pool.value(),
                        0,
                        new AllocationProposed(
                                pool,
                                1,
                                awards,
                                Money.of("2000000"),
                                new AllocationRanking(
                                        List.of(), "Municipalities without a grant first", List.of(), List.of()),
                                1,
                                new Decision("mette", Role.POOL_MANAGER, at, "Ranked first"))),
                new GenericDomainEventMessage<>(
                        "Pool",
                        pool.value(),
                        1,
                        new AllocationApproved(
                                pool,
                                1,
                                awards,
                                Money.of("2000000"),
                                new Decision("anne", Role.APPROVER, at, "Allocation 1: Ranked first"))),
                new GenericDomainEventMessage<>(
                        "Pool",
                        pool.value(),
                        2,
                        new PoolClosed(pool, new Decision("mette", Role.POOL_MANAGER, at, "Decided"))));
        when(eventStore.readEvents(eq(pool.value()), anyLong()))
                .thenAnswer(call -> DomainEventStream.of(stream.stream().skip((long) call.getArgument(1))));
        when(eventStore.lastSequenceNumberFor(pool.value())).thenReturn(Optional.of(2L));
        Provenance provenance =
                new Provenance(new WholeStream(eventStore), JsonMapper.builder().build());

        List<HistoryEntry> entries =
                provenance.page(pool, null, -1, 10).orElseThrow().entries();

        assertThat(entries)
                .extracting(HistoryEntry::event, HistoryEntry::decidedBy, HistoryEntry::role, HistoryEntry::amount)
                .containsExactly(
                        tuple("AllocationProposed", "mette", "POOL_MANAGER", "2000000.00"),
                        tuple("AllocationApproved", "anne", "APPROVER", "2000000.00"),
                        tuple("PoolClosed", "mette", "POOL_MANAGER", null));
        assertThat(entries.get(0).payload().get("ranking").get("priorityRule").asString())
                .isEqualTo("Municipalities without a grant first");
    }
}
