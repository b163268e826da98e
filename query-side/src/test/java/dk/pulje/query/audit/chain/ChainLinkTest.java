package dk.pulje.query.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical form and the links as docs/audit.md defines them; the expected links come from its Python recipe. */
class ChainLinkTest {

    private final StoredEvent closed = new StoredEvent(
            7,
            "e1",
            "pool-1",
            0,
            "Pool",
            "2017-06-01T09:00:00Z",
            "dk.pulje.shared.pool.PoolClosed",
            "1",
            bytes("{\"poolId\":\"pool-1\"}"),
            null);
    private final StoredEvent second = new StoredEvent(
            8,
            "e2",
            "pool-1",
            1,
            "Pool",
            "2017-06-01T09:00:00Z",
            "dk.pulje.shared.pool.PoolClosed",
            null,
            bytes("{\"poolId\":\"pool-1\"}"),
            bytes("{\"userId\":\"manager\"}"));

    @Test
    void the_first_link_hashes_the_events_hash_onto_32_zero_bytes_and_each_next_link_onto_the_one_before() {
        String first = ChainLink.next(ChainLink.GENESIS, closed);

        assertThat(ChainLink.GENESIS).hasSize(64).matches("0+");
        assertThat(ChainLink.contentHash(closed))
                .isEqualTo("9db3c964592b67df4bd6d5a52fd5843f912feb3a48576d6c395265cc37bee010");
        assertThat(ChainLink.eventHash(closed))
                .isEqualTo("977b469477ba650953f6e1516bef9c0adbc91eba6022f3f8fcededc2d54b94b7")
                .isEqualTo(ChainLink.eventHash("pool-1", ChainLink.contentHash(closed)));
        assertThat(first).isEqualTo("ee34335773fdcf9d1ee50a2a6474d64b85705fa337bfcacd1eb1d5cbd700cb41");
        assertThat(ChainLink.eventHash(second))
                .isEqualTo("13f63349db73a4dcf3512d989d0faffc81c18401bc166f1271b40e9b58087436");
        assertThat(ChainLink.next(first, second))
                .isEqualTo("9ba6aa8a1a70994af34df5377ad292f11dfc9f06629abd0737e0111f4ad34542")
                .isEqualTo(ChainLink.next(first, ChainLink.eventHash(second)));
    }

    @Test
    void an_events_hash_binds_its_content_hash_to_its_aggregate() {
        String contentHash = ChainLink.contentHash(closed);

        assertThat(ChainLink.eventHash("pool-2", contentHash)).isNotEqualTo(ChainLink.eventHash(closed));
        assertThat(ChainLink.eventHash(null, contentHash)).isNotEqualTo(ChainLink.eventHash("", contentHash));
    }

    /** The Python of docs/audit.md, run on these events, gives the links Java gives. */
    @Test
    void the_python_recipe_in_the_docs_gives_the_same_hashes_and_links() throws Exception {
        String recipe = pythonRecipe();
        String python = recipe + """
                closed = dict(globalIndex=7, eventIdentifier='e1', aggregateIdentifier='pool-1', sequenceNumber=0,
                              type='Pool', timeStamp='2017-06-01T09:00:00Z',
                              payloadType='dk.pulje.shared.pool.PoolClosed', payloadRevision='1',
                              payload=b'{"poolId":"pool-1"}', metaData=None)
                second = dict(closed, globalIndex=8, eventIdentifier='e2', sequenceNumber=1, payloadRevision=None,
                              metaData=b'{"userId":"manager"}')
                first = link('0' * 64, event_hash('pool-1', content_hash(closed)))
                print(content_hash(closed), first, link(first, event_hash('pool-1', content_hash(second))))
                """;
        Process process;
        try {
            process = new ProcessBuilder("python3", "-c", python)
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException noPython) {
            assumeTrue(false, "python3 is not installed");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(output).isZero();

        String first = ChainLink.next(ChainLink.GENESIS, closed);
        assertThat(output).isEqualTo(ChainLink.contentHash(closed) + " " + first + " " + ChainLink.next(first, second));
    }

    @Test
    void every_stored_column_and_the_global_index_is_in_the_link() {
        String link = ChainLink.next(ChainLink.GENESIS, closed);

        assertThat(List.of(
                        "globalIndex",
                        "eventIdentifier",
                        "aggregateIdentifier",
                        "sequenceNumber",
                        "type",
                        "timeStamp",
                        "payloadType",
                        "payloadRevision",
                        "payload",
                        "metaData"))
                .allSatisfy(column -> assertThat(ChainLink.next(ChainLink.GENESIS, changed(closed, column)))
                        .as(column)
                        .isNotEqualTo(link));
    }

    @Test
    void lengths_keep_the_fields_apart_and_a_missing_value_differs_from_an_empty_one() {
        StoredEvent shifted = new StoredEvent(
                7,
                "e",
                "1pool-1",
                0,
                "Pool",
                "2017-06-01T09:00:00Z",
                "dk.pulje.shared.pool.PoolClosed",
                "1",
                bytes("{\"poolId\":\"pool-1\"}"),
                null);
        StoredEvent emptyMetaData = new StoredEvent(
                7,
                "e1",
                "pool-1",
                0,
                "Pool",
                "2017-06-01T09:00:00Z",
                "dk.pulje.shared.pool.PoolClosed",
                "1",
                bytes("{\"poolId\":\"pool-1\"}"),
                new byte[0]);

        String link = ChainLink.next(ChainLink.GENESIS, closed);
        assertThat(ChainLink.next(ChainLink.GENESIS, shifted)).isNotEqualTo(link);
        assertThat(ChainLink.next(ChainLink.GENESIS, emptyMetaData)).isNotEqualTo(link);
    }

    @Test
    void the_canonical_form_is_each_field_as_its_length_and_its_bytes_in_the_documented_order() {
        byte[] form = ChainLink.canonicalForm(closed);

        assertThat(form)
                .startsWith(
                        0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 2, 'e', '1', 0, 0, 0, 6, 'p', 'o', 'o', 'l', '-',
                        '1', 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 'P', 'o', 'o', 'l');
        assertThat(form).endsWith(0xff, 0xff, 0xff, 0xff);
    }

    private static StoredEvent changed(StoredEvent e, String column) {
        return new StoredEvent(
                column.equals("globalIndex") ? e.globalIndex() + 1 : e.globalIndex(),
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

    /** The first Python block of docs/audit.md: field, content_hash, event_hash and link. */
    private static String pythonRecipe() throws IOException {
        String audit = Files.readString(Path.of("..", "docs", "audit.md"));
        int start = audit.indexOf("```python\n") + "```python\n".length();
        return audit.substring(start, audit.indexOf("```", start));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
