package dk.pulje.query.audit.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form and the links as docs/audit.md defines them; the expected links come from its Python recipe. */
class ChainLinkTest {

    private final StoredEvent closed = new StoredEvent(7, "e1", "pool-1", 0, "Pool", "2017-06-01T09:00:00Z",
            "dk.pulje.shared.pool.PoolClosed", "1", bytes("{\"poolId\":\"pool-1\"}"), null);

    @Test
    void the_first_link_hashes_the_events_hash_onto_32_zero_bytes_and_each_next_link_onto_the_one_before() {
        String first = ChainLink.next(ChainLink.GENESIS, closed);
        StoredEvent second = new StoredEvent(8, "e2", "pool-1", 1, "Pool", "2017-06-01T09:00:00Z",
                "dk.pulje.shared.pool.PoolClosed", null, bytes("{\"poolId\":\"pool-1\"}"),
                bytes("{\"userId\":\"manager\"}"));

        assertThat(ChainLink.GENESIS).hasSize(64).matches("0+");
        assertThat(ChainLink.eventHash(closed))
                .isEqualTo("9db3c964592b67df4bd6d5a52fd5843f912feb3a48576d6c395265cc37bee010");
        assertThat(first).isEqualTo("59a0efd3bffced79d20c7855edbea8356558286659c55c7b882ad6ea7ee338d0");
        assertThat(ChainLink.eventHash(second))
                .isEqualTo("f88ae131c36934bf78bc9408bd48c86c91c38de63242ceb35bf377af703106d1");
        assertThat(ChainLink.next(first, second))
                .isEqualTo("a33cac62318d4ccc886da3a35dcdfb108367000e99f4cb5816420f816654badb")
                .isEqualTo(ChainLink.next(first, ChainLink.eventHash(second)));
    }

    @Test
    void every_stored_column_and_the_global_index_is_in_the_link() {
        String link = ChainLink.next(ChainLink.GENESIS, closed);

        assertThat(List.of("globalIndex", "eventIdentifier", "aggregateIdentifier", "sequenceNumber", "type",
                "timeStamp", "payloadType", "payloadRevision", "payload", "metaData")).allSatisfy(column ->
                assertThat(ChainLink.next(ChainLink.GENESIS, changed(closed, column))).as(column).isNotEqualTo(link));
    }

    @Test
    void lengths_keep_the_fields_apart_and_a_missing_value_differs_from_an_empty_one() {
        StoredEvent shifted = new StoredEvent(7, "e", "1pool-1", 0, "Pool", "2017-06-01T09:00:00Z",
                "dk.pulje.shared.pool.PoolClosed", "1", bytes("{\"poolId\":\"pool-1\"}"), null);
        StoredEvent emptyMetaData = new StoredEvent(7, "e1", "pool-1", 0, "Pool", "2017-06-01T09:00:00Z",
                "dk.pulje.shared.pool.PoolClosed", "1", bytes("{\"poolId\":\"pool-1\"}"), new byte[0]);

        String link = ChainLink.next(ChainLink.GENESIS, closed);
        assertThat(ChainLink.next(ChainLink.GENESIS, shifted)).isNotEqualTo(link);
        assertThat(ChainLink.next(ChainLink.GENESIS, emptyMetaData)).isNotEqualTo(link);
    }

    @Test
    void the_canonical_form_is_each_field_as_its_length_and_its_bytes_in_the_documented_order() {
        byte[] form = ChainLink.canonicalForm(closed);

        assertThat(form).startsWith(0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 7,
                0, 0, 0, 2, 'e', '1', 0, 0, 0, 6, 'p', 'o', 'o', 'l', '-', '1', 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 'P', 'o', 'o', 'l');
        assertThat(form).endsWith(0xff, 0xff, 0xff, 0xff);
    }

    private static StoredEvent changed(StoredEvent e, String column) {
        return new StoredEvent(column.equals("globalIndex") ? e.globalIndex() + 1 : e.globalIndex(),
                column.equals("eventIdentifier") ? "e9" : e.eventIdentifier(),
                column.equals("aggregateIdentifier") ? "pool-9" : e.aggregateIdentifier(),
                column.equals("sequenceNumber") ? e.sequenceNumber() + 1 : e.sequenceNumber(),
                column.equals("type") ? null : e.type(),
                column.equals("timeStamp") ? "2017-06-01T09:00:01Z" : e.timeStamp(),
                column.equals("payloadType") ? "dk.pulje.shared.pool.PoolPublished" : e.payloadType(),
                column.equals("payloadRevision") ? "2" : e.payloadRevision(),
                column.equals("payload") ? bytes("{\"poolId\":\"pool-2\"}") : e.payload(),
                column.equals("metaData") ? bytes("{}") : e.metaData());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
