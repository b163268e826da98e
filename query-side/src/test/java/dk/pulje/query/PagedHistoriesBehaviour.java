package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool of 500 applications, each submitted, amended, screened and scored: 2,002 events. Its JSON histories are
 * read a page at a time and together hold every event once, in order, as the whole export does. Run once per storage
 * profile by the subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PagedHistoriesBehaviour {

    private static final int APPLICATIONS = 500;
    private static final int EVENTS = 2 + 4 * APPLICATIONS;

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private JsonMapper json;

    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final List<ApplicationId> applications = new ArrayList<>();

    @BeforeEach
    void aBusyPool() {
        EventLog events = new EventLog(eventStore, jdbc);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        List<Object> history = new ArrayList<>(List.of(
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null))));
        for (int i = 0; i < APPLICATIONS; i++) {
            ApplicationId application = ApplicationId.of("application-" + i);
            applications.add(application);
            history.add(submitted(pool, application, "751", "100000", "2017-03-01T09:00:00Z"));
        }
        for (ApplicationId application : applications) {
            history.add(new ApplicationAmended(
                    pool,
                    application,
                    Money.of("120000"),
                    TestPools.budget(2017, "120000"),
                    "upskilling",
                    decision("employee-751", APPLICANT, "2017-03-05T09:00:00Z", "A larger team"),
                    null));
        }
        for (ApplicationId application : applications) {
            history.add(new ApplicationScreened(
                    pool, application, true, decision("assessor", ASSESSOR, "2017-03-25T09:00:00Z", "Fits the pool")));
        }
        for (ApplicationId application : applications) {
            history.add(new ApplicationScored(
                    pool, application, 4, decision("assessor", ASSESSOR, "2017-03-26T09:00:00Z", "Good")));
        }
        events.pool(pool, history.toArray());
    }

    @Test
    void paging_through_a_pools_history_gives_every_event_once_in_order_as_the_export_has_them() {
        String history = "/audit/pools/" + pool + "/history";

        List<JsonNode> paged = allPages(history, 100);

        assertThat(paged)
                .extracting(entry -> entry.get("sequence").asLong())
                .containsExactlyElementsOf(LongStream.range(0, EVENTS).boxed().toList());
        assertThat(paged)
                .extracting(entry -> entry.get("eventId").asString())
                .containsExactlyElementsOf(csvColumn(history + ".csv", "eventId"));
        assertThat(paged)
                .containsExactlyElementsOf(
                        body(history + ".jsonl").lines().map(json::readTree).toList());
    }

    @Test
    void an_applications_history_is_paged_by_the_pools_sequence_numbers() {
        String history = "/audit/pools/" + pool + "/applications/" + applications.get(7) + "/history";

        List<JsonNode> paged = allPages(history, 1);

        assertThat(paged)
                .extracting(entry -> entry.get("event").asString())
                .containsExactly(
                        "ApplicationSubmitted", "ApplicationAmended", "ApplicationScreened", "ApplicationScored");
        assertThat(paged)
                .extracting(entry -> entry.get("sequence").asLong())
                .containsExactly(9L, 9L + APPLICATIONS, 9L + 2 * APPLICATIONS, 9L + 3 * APPLICATIONS);
        assertThat(paged)
                .extracting(entry -> entry.get("eventId").asString())
                .containsExactlyElementsOf(csvColumn(history + ".csv", "eventId"));
        assertThat(get(history + "?after=" + (9 + APPLICATIONS) + "&limit=1"))
                .bodyJson()
                .extractingPath("$.items[*].event")
                .asArray()
                .containsExactly("ApplicationScreened");
    }

    @Test
    void a_page_holds_at_most_its_limit_and_the_last_page_links_nowhere() {
        String history = "/audit/pools/" + pool + "/history";

        assertThat(get(history))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .hasSize(100);
        MvcTestResult longest = get(history + "?limit=1000");
        assertThat(longest).bodyJson().extractingPath("$.items").asArray().hasSize(1000);
        assertThat(longest).bodyJson().extractingPath("$.next").isEqualTo(history + "?after=999&limit=1000");
        MvcTestResult last = get(history + "?after=" + (EVENTS - 3) + "&limit=2");
        assertThat(last)
                .bodyJson()
                .extractingPath("$.items[*].sequence")
                .asArray()
                .containsExactly(EVENTS - 2, EVENTS - 1);
        assertThat(last).bodyJson().extractingPath("$.next").isNull();
        assertThat(last).headers().doesNotContainHeader(HttpHeaders.LINK);
        assertThat(get(history + "?after=" + EVENTS))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .isEmpty();
    }

    @Test
    void a_bad_cursor_or_limit_is_a_bad_request() {
        String history = "/audit/pools/" + pool + "/history";

        for (String query : List.of(
                "?after=-1", "?after=abc", "?after=1.5", "?limit=0", "?limit=1001", "?limit=-5", "?limit=ten")) {
            assertThat(get(history + query))
                    .as(query)
                    .hasStatus(400)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/bad-request");
        }
        assertThat(get(history + "?after=99999999999999999999"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/number-out-of-range");
        assertThat(get("/audit/pools/no-such-pool/history?after=5")).hasStatus(404);
    }

    /** Follows {@code next} from the first page to the last, checking each page's limit and Link header. */
    private List<JsonNode> allPages(String history, int limit) {
        List<JsonNode> entries = new ArrayList<>();
        String page = history + "?limit=" + limit;
        while (page != null) {
            MvcTestResult answer = get(page);
            assertThat(answer).hasStatusOk();
            JsonNode body = json.readTree(answer.getResponse().getContentAsByteArray());
            assertThat(body.get("items").size()).isLessThanOrEqualTo(limit);
            body.get("items").forEach(entries::add);
            page = body.get("next").isNull() ? null : body.get("next").asString();
            if (page != null) {
                assertThat(answer.getResponse().getHeader(HttpHeaders.LINK)).isEqualTo("<" + page + ">; rel=\"next\"");
            }
        }
        return entries;
    }

    private List<String> csvColumn(String uri, String column) {
        List<String> rows = body(uri).lines().toList();
        int index = Arrays.asList(rows.get(0).split(",")).indexOf(column);
        assertThat(index).isEqualTo(rows.get(0).split(",").length - 1);
        return rows.stream()
                .skip(1)
                .map(row -> row.substring(row.lastIndexOf(',') + 1))
                .toList();
    }

    private String body(String uri) {
        MvcTestResult answer = get(uri);
        assertThat(answer).hasStatusOk();
        return new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, auditor()).exchange();
    }

    private static String auditor() {
        return "Basic " + Base64.getEncoder().encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8));
    }
}
