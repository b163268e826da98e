package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The command API end to end on one store: the lifecycle from programme to award, and every kind of bad
 * request answered with a problem detail that changes nothing.
 */
abstract class CommandApiContract extends CommandApiTestSupport {

    @Autowired
    TransactionManager axonTransactions;

    protected String programme;
    protected String pool;
    /** Application ids are unique across pools, so each test applies with an id of its own. */
    protected String app;

    @BeforeEach
    void publishedPool() throws Exception {
        clock.setCopenhagen("2017-02-06T10:00:00");
        programme = "prog-" + UUID.randomUUID();
        pool = "pool-" + UUID.randomUUID();
        app = "aarhus-" + UUID.randomUUID();
        post("/programmes", "manager", """
                {"id": "%s", "name": "Satspulje 2017", "envelope": "30000000.00"}""".formatted(programme)).andExpect(status().isCreated());
        post("/programmes/" + programme + "/pools", "manager", poolJson(pool, "24900000.00"))
                .andExpect(status().isCreated());
        post("/pools/" + pool + "/publication", "manager", "{}").andExpect(status().isAccepted());
    }

    static String poolJson(String id, String budget) {
        return """
                {"id": "%s", "title": "Initiatives for an early, preventive and more effective effort",
                 "description": "Published 6 February 2017", "budget": "%s", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "new-methods", "title": "New efforts and methods"}],
                 "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
                 "expectedGrantees": {"minimum": 5, "maximum": 15},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"},
                 "meetings": [{"date": "2017-02-20", "starts": "10:00", "ends": "14:30", "place": "Odense"}]}""".formatted(id, budget);
    }

    static String aarhusApplication(String id, String amount) {
        return """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "751"},
                 "projectTitle": "Early help in PPR", "amountRequested": "%s", "budget": {"2018": "%s"},
                 "activityCategory": "new-methods",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"}}""".formatted(id, amount, amount);
    }

    @Test
    void a_pool_runs_from_submission_to_award_and_every_answer_carries_version_and_position() throws Exception {
        clock.setCopenhagen("2017-03-24T11:59:59");
        post("/pools/" + pool + "/applications", "aarhus", aarhusApplication(app, "2000000.00"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/pools/" + pool + "/applications/" + app))
                .andExpect(header().exists("Pulje-Consistency-Token"))
                .andExpect(jsonPath("$.id").value(pool))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.position").value(greaterThan(0)));
        clock.setCopenhagen("2017-03-27T09:00:00");
        post(
                        "/pools/" + pool + "/applications/" + app + "/screening",
                        "assessor",
                        "{\"eligible\": true, \"reason\": \"A municipality\"}")
                .andExpect(status().isAccepted());
        post(
                        "/pools/" + pool + "/applications/" + app + "/scores",
                        "assessor",
                        "{\"score\": 4, \"justification\": \"Clear goals\"}")
                .andExpect(status().isAccepted());
        post(
                        "/pools/" + pool + "/applications/" + app + "/award",
                        "approver",
                        "{\"amount\": \"1800000.00\", \"reason\": \"Scores 4/5\"}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").value(5));

        String metrics = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").header("Authorization", basic("auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(counter(metrics, "pulje_applications_submitted_total")).isGreaterThanOrEqualTo(1);
        assertThat(counter(metrics, "pulje_awarded_kroner_total")).isGreaterThanOrEqualTo(1_800_000);
        assertThat(counter(metrics, "pulje_grants_awarded_total")).isGreaterThanOrEqualTo(1);
        assertThat(counter(metrics, "pulje_pools_published_total")).isGreaterThanOrEqualTo(1);

        String metaData = jdbc.queryForObject(
                "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? " + "AND sequenceNumber = 5",
                (rs, row) -> new String(rs.getBytes(1)),
                pool);
        assertThat(metaData)
                .contains("\"userId\":\"approver\"", "\"role\":\"APPROVER\"", "\"correlationId\"", "\"traceId\"");
    }

    @Test
    void a_named_partner_is_free_until_it_confirms_and_the_award_waits_for_every_partner() throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        String applications = "/pools/" + pool + "/applications";
        String partnership = applications + "/" + app + "/partnership";
        post(applications, "aarhus", aarhusApplication(app, "2000000.00").replace("\"contact\"", """
                "partners": [{"kind": "MUNICIPALITY", "municipality": "461"},
                             {"kind": "MUNICIPALITY", "municipality": "851"},
                             {"kind": "MUNICIPALITY", "municipality": "561"}], "contact\""""))
                .andExpect(status().isCreated());
        // Naming Odense blocks nothing: unconfirmed, it applies on its own in the same round, and then cannot confirm.
        post(applications, "odense", ownApplication("461")).andExpect(status().isCreated());
        post(partnership + "/confirmation", "odense", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/application-already-active"));
        post(partnership + "/decline", "odense", "{\"reason\": \"We apply on our own\"}")
                .andExpect(status().isAccepted());
        // Esbjerg declines first and is then free to apply.
        post(partnership + "/decline", "esbjerg", "{\"reason\": \"Not this time\"}")
                .andExpect(status().isAccepted());
        post(applications, "esbjerg", ownApplication("561")).andExpect(status().isCreated());
        post(partnership + "/confirmation", "vejle", "{}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-a-partner"));
        post(applications + "/" + app + "/screening", "assessor", "{\"eligible\": true, \"reason\": \"Fits\"}")
                .andExpect(status().isAccepted());

        long before = events();
        post(applications + "/" + app + "/award", "approver", "{\"amount\": \"2000000.00\", \"reason\": \"Together\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/partners-not-confirmed"))
                .andExpect(jsonPath("$.detail").value(containsString("Aalborg Kommune")));
        assertThat(events()).isEqualTo(before);

        post(partnership + "/confirmation", "aalborg", "{\"reason\": \"Agreed by the city council\"}")
                .andExpect(status().isAccepted());
        post(applications, "aalborg", ownApplication("851"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/application-already-active"));
        post(applications + "/" + app + "/award", "approver", "{\"amount\": \"2000000.00\", \"reason\": \"Together\"}")
                .andExpect(status().isAccepted());
        String award = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND "
                        + "payloadType = 'dk.pulje.shared.application.GrantAwarded'",
                (rs, row) -> new String(rs.getBytes(1)),
                pool);
        assertThat(award).contains("\"851\"").doesNotContain("\"461\"").doesNotContain("\"561\"");
    }

    @Test
    void the_lead_removes_a_silent_partner_and_the_award_goes_on_while_the_removed_partner_applies_on_its_own()
            throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        String applications = "/pools/" + pool + "/applications";
        String partnership = applications + "/" + app + "/partnership";
        post(applications, "aarhus", aarhusApplication(app, "2000000.00").replace("\"contact\"", """
                "partners": [{"kind": "MUNICIPALITY", "municipality": "461"},
                             {"kind": "MUNICIPALITY", "municipality": "851"}], "contact\""""))
                .andExpect(status().isCreated());
        post(partnership + "/confirmation", "aalborg", "{\"reason\": \"Agreed by the city council\"}")
                .andExpect(status().isAccepted());
        post(applications + "/" + app + "/screening", "assessor", "{\"eligible\": true, \"reason\": \"Fits\"}")
                .andExpect(status().isAccepted());
        String award = applications + "/" + app + "/award";
        String together = "{\"amount\": \"2000000.00\", \"reason\": \"Together\"}";
        post(award, "approver", together)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/partners-not-confirmed"));

        long before = events();
        String removal = partnership + "/removal";
        post(removal, "aalborg", "{\"partner\": \"municipality:461\", \"reason\": \"No answer\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-your-application"));
        post(removal, "aarhus", "{\"partner\": \"municipality:851\", \"reason\": \"We go alone\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/partner-confirmed"));
        assertThat(events()).isEqualTo(before);
        post(removal, "aarhus", "{\"partner\": \"municipality:461\", \"reason\": \"No answer in three weeks\"}")
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", applications + "/" + app));
        String removed = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND "
                        + "payloadType = 'dk.pulje.shared.application.PartnerRemoved'",
                (rs, row) -> new String(rs.getBytes(1)),
                pool);
        assertThat(removed)
                .contains("\"461\"", "\"decidedBy\":\"aarhus\"", "\"role\":\"APPLICANT\"", "No answer in three weeks");

        post(partnership + "/confirmation", "odense", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/partnership-already-decided"));
        post(applications, "odense", ownApplication("461")).andExpect(status().isCreated());
        post(award, "approver", together).andExpect(status().isAccepted());
        String awarded = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND "
                        + "payloadType = 'dk.pulje.shared.application.GrantAwarded'",
                (rs, row) -> new String(rs.getBytes(1)),
                pool);
        assertThat(awarded).contains("\"851\"").doesNotContain("\"461\"");
    }

    private static String ownApplication(String municipality) {
        return aarhusApplication("own-" + UUID.randomUUID(), "1000000.00")
                .replace("\"751\"", "\"" + municipality + "\"");
    }

    @Test
    void a_submission_at_the_deadline_is_refused_with_a_problem_and_no_event() throws Exception {
        clock.setCopenhagen("2017-03-24T12:00:00");
        long before = events();
        post("/pools/" + pool + "/applications", "aarhus", aarhusApplication(app, "2000000.00"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/deadline-passed"))
                .andExpect(jsonPath("$.detail").value(containsString("2017-03-24T12:00")));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void an_award_over_the_remaining_budget_is_refused() throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        post("/pools/" + pool + "/amendments", "manager", "{\"budget\": \"1000000.00\", \"reason\": \"Cut\"}")
                .andExpect(status().isAccepted());
        post("/pools/" + pool + "/applications", "aarhus", aarhusApplication(app, "2000000.00"))
                .andExpect(status().isCreated());
        post(
                        "/pools/" + pool + "/applications/" + app + "/screening",
                        "assessor",
                        "{\"eligible\": true, \"reason\": \"ok\"}")
                .andExpect(status().isAccepted());
        long before = events();
        post(
                        "/pools/" + pool + "/applications/" + app + "/award",
                        "approver",
                        "{\"amount\": \"1000000.01\", \"reason\": \"Good\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/award-exceeds-budget"));
        assertThat(events()).isEqualTo(before);
    }

    /**
     * A grant of 1,500,000.00 kr. from a pool of 2,000,000.00 kr. is paid 1,000,000.00, repaid 200,000.50 and closed
     * with 500,000.00 unpaid: 700,000.50 kr. is no longer awarded. Back to the pool, the pool can award it again to
     * the last øre; back to the state, it cannot.
     */
    @ParameterizedTest(name = "back to the {0}")
    @ValueSource(strings = {"POOL", "STATE"})
    void a_closed_grants_unpaid_rest_and_its_repayments_go_where_the_pools_terms_send_them(String returnsTo)
            throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        String small = "pool-" + UUID.randomUUID();
        post(
                        "/programmes/" + programme + "/pools",
                        "manager",
                        poolJson(small, "2000000.00")
                                .replace(
                                        "\"meetings\"",
                                        "\"grantConditions\": {\"returnsTo\": \"" + returnsTo + "\"}, \"meetings\""))
                .andExpect(status().isCreated());
        post("/pools/" + small + "/publication", "manager", "{}").andExpect(status().isAccepted());
        String odense = "odense-" + UUID.randomUUID();
        post("/pools/" + small + "/applications", "aarhus", aarhusApplication(app, "1500000.00"))
                .andExpect(status().isCreated());
        post(
                        "/pools/" + small + "/applications",
                        "odense",
                        aarhusApplication(odense, "1500000.00").replace("\"751\"", "\"461\""))
                .andExpect(status().isCreated());
        for (String application : List.of(app, odense)) {
            post(
                            "/pools/" + small + "/applications/" + application + "/screening",
                            "assessor",
                            "{\"eligible\": true, \"reason\": \"ok\"}")
                    .andExpect(status().isAccepted());
        }
        post(
                        "/pools/" + small + "/applications/" + app + "/award",
                        "approver",
                        "{\"amount\": \"1500000.00\", \"reason\": \"Good\"}")
                .andExpect(status().isAccepted());
        post("/grants/" + app + "/acceptance", "aarhus", "{}").andExpect(status().isAccepted());
        post("/grants/" + app + "/start", "aarhus", "{\"startedOn\": \"2017-03-01\"}")
                .andExpect(status().isAccepted());
        post("/grants/" + app + "/disbursements", "finance", "{\"year\": 2018, \"amount\": \"1000000.00\"}")
                .andExpect(status().isCreated());
        post(
                        "/grants/" + app + "/repayment-claims",
                        "finance",
                        "{\"id\": \"k1\", \"amount\": \"200000.50\", \"reason\": \"Unspent\"}")
                .andExpect(status().isCreated());
        post("/grants/" + app + "/repayment-claims/k1/payments", "finance", "{\"amount\": \"200000.50\"}")
                .andExpect(status().isAccepted());
        for (String report : List.of("final", "accounts")) {
            post("/grants/" + app + "/reports/" + report + "/submission", "aarhus", "{\"summary\": \"Done\"}")
                    .andExpect(status().isAccepted());
            post("/grants/" + app + "/reports/" + report + "/approval", "manager", "{}")
                    .andExpect(status().isAccepted());
        }
        post("/grants/" + app + "/closure", "manager", "{\"reason\": \"All done\"}")
                .andExpect(status().isAccepted());

        List<String> released = jdbc.query(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND "
                        + "payloadType LIKE '%.AwardReleased' ORDER BY sequenceNumber",
                (rs, row) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8), small);
        assertThat(released).hasSize(2);
        assertThat(released.get(0))
                .contains("\"amount\":\"200000.50\"", "\"cause\":\"REPAID\"", "\"returnsTo\":\"" + returnsTo + "\"");
        assertThat(released.get(1))
                .contains(
                        "\"amount\":\"500000.00\"",
                        "\"cause\":\"CLOSED_UNPAID\"",
                        "\"returnsTo\":\"" + returnsTo + "\"");
        // 2,000,000.00 − 1,500,000.00 + 700,000.50 back to the pool: 1,200,000.50; to the state: 500,000.00
        String left = returnsTo.equals("POOL") ? "1200000.50" : "500000.00";
        String oereMore = returnsTo.equals("POOL") ? "1200000.51" : "500000.01";
        long before = events();
        post(
                        "/pools/" + small + "/applications/" + odense + "/award",
                        "approver",
                        "{\"amount\": \"" + oereMore + "\", \"reason\": \"Good\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/award-exceeds-budget"))
                .andExpect(jsonPath("$.detail").value(containsString("The pool has " + left + " kr. left")));
        assertThat(events()).isEqualTo(before);
        post(
                        "/pools/" + small + "/applications/" + odense + "/award",
                        "approver",
                        "{\"amount\": \"" + left + "\", \"reason\": \"Good\"}")
                .andExpect(status().isAccepted());
    }

    @Test
    void an_application_id_is_unique_across_pools() throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        String other = "pool-" + UUID.randomUUID();
        post("/programmes/" + programme + "/pools", "manager", poolJson(other, "1000000.00"))
                .andExpect(status().isCreated());
        post("/pools/" + other + "/publication", "manager", "{}").andExpect(status().isAccepted());
        post("/pools/" + pool + "/applications", "aarhus", aarhusApplication(app, "200000.00"))
                .andExpect(status().isCreated());
        long before = events();
        post("/pools/" + other + "/applications", "aarhus", aarhusApplication(app, "200000.00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/already-exists"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void an_award_opens_a_grant_whose_refused_commands_are_problems_that_change_nothing() throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        post("/pools/" + pool + "/applications", "aarhus", aarhusApplication(app, "2000000.00"))
                .andExpect(status().isCreated());
        post(
                        "/pools/" + pool + "/applications/" + app + "/screening",
                        "assessor",
                        "{\"eligible\": true, \"reason\": \"ok\"}")
                .andExpect(status().isAccepted());
        post(
                        "/pools/" + pool + "/applications/" + app + "/award",
                        "approver",
                        "{\"amount\": \"1500000.00\", \"reason\": \"Good\"}")
                .andExpect(status().isAccepted());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        Long.class,
                        "grant:" + app))
                .as("the award opened the grant")
                .isEqualTo(1);

        long before = events();
        post("/grants/" + app + "/disbursements", "finance", "{\"year\": 2018, \"amount\": \"1000.00\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/grant-state"));
        post("/grants/" + app + "/acceptance", "odense", "{}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-your-grant"));
        post("/grants/no-such-grant/acceptance", "aarhus", "{}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        post(
                        "/grants/" + app + "/budget-changes",
                        "aarhus",
                        "{\"kind\": \"REALLOCATION\", \"from\": \"project\", "
                                + "\"to\": \"evaluation\", \"amount\": \"1000.00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reason.missing"));
        post("/grants/" + app + "/disbursements", "approver", "{\"year\": 2018, \"amount\": \"1000.00\"}")
                .andExpect(status().isForbidden());
        clock.setCopenhagen("2017-03-15T10:00:00");
        post("/grants/" + app + "/acceptance", "aarhus", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/acceptance-deadline-passed"));
        assertThat(events()).isEqualTo(before);

        clock.setCopenhagen("2017-03-14T10:00:00");
        post("/grants/" + app + "/acceptance", "aarhus", "{}")
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/grants/" + app));
        post("/grants/" + app + "/start", "aarhus", "{\"startedOn\": \"2017-03-14\"}")
                .andExpect(status().isAccepted());
        before = events();
        post("/grants/" + app + "/disbursements", "finance", "{\"year\": 2018, \"amount\": \"1500000.01\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/disbursement-exceeds-remainder"));
        assertThat(events()).isEqualTo(before);
        post("/grants/" + app + "/disbursements", "finance", "{\"year\": 2018, \"amount\": \"1500000.00\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void an_allocation_after_the_deadline_is_approved_by_another_person_and_opens_a_grant_for_each_award()
            throws Exception {
        String ranked = "ranked-" + UUID.randomUUID();
        post(
                        "/programmes/" + programme + "/pools",
                        "manager",
                        poolJson(ranked, "3000000.00")
                                .replace(
                                        "\"budget\"",
                                        "\"assessment\": {\"criteria\": [{\"code\": \"purpose\", \"title\": \"Formål\", "
                                                + "\"weight\": 100, \"maxScore\": 5}]}, \"priority\": {\"earlierPool\": \""
                                                + pool
                                                + "\", \"wording\": \"Without a grant from the earlier pool first\"}, "
                                                + "\"budget\""))
                .andExpect(status().isCreated());
        post("/pools/" + ranked + "/publication", "manager", "{}").andExpect(status().isAccepted());
        clock.setCopenhagen("2017-03-01T10:00:00");
        // Aarhus holds a grant from the earlier pool, which has no criteria and awards at any time.
        post("/pools/" + pool + "/applications", "aarhus", aarhusApplication(app, "1000000.00"))
                .andExpect(status().isCreated());
        post(
                        "/pools/" + pool + "/applications/" + app + "/screening",
                        "assessor",
                        "{\"eligible\": true, \"reason\": \"ok\"}")
                .andExpect(status().isAccepted());
        post(
                        "/pools/" + pool + "/applications/" + app + "/award",
                        "approver",
                        "{\"amount\": \"1000000.00\", \"reason\": \"ok\"}")
                .andExpect(status().isAccepted());
        String aarhus = "aarhus-" + UUID.randomUUID();
        String odense = "odense-" + UUID.randomUUID();
        post("/pools/" + ranked + "/applications", "aarhus", aarhusApplication(aarhus, "1500000.00"))
                .andExpect(status().isCreated());
        post(
                        "/pools/" + ranked + "/applications",
                        "odense",
                        aarhusApplication(odense, "1500000.00").replace("\"751\"", "\"461\""))
                .andExpect(status().isCreated());
        String awards = "{\"awards\": [{\"applicationId\": \"" + aarhus + "\", \"amount\": \"1500000.00\"}, "
                + "{\"applicationId\": \"" + odense + "\", \"amount\": \"1500000.00\"}], \"reason\": \"Both\"}";
        for (String[] assessed : new String[][] {{aarhus, "4"}, {odense, "5"}}) {
            String application = "/pools/" + ranked + "/applications/" + assessed[0];
            post(application + "/screening", "assessor", "{\"eligible\": true, \"reason\": \"ok\"}")
                    .andExpect(status().isAccepted());
            post(application + "/assessors", "manager", "{\"assessor\": \"assessor\"}")
                    .andExpect(status().isAccepted());
            post(application + "/assessments", "assessor", """
                    {"scores": [{"criterion": "purpose", "score": %s, "justification": "j"}]}""".formatted(assessed[1]))
                    .andExpect(status().isAccepted());
        }

        post("/pools/" + ranked + "/allocations", "manager", awards)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/awards-after-deadline"));
        clock.setCopenhagen("2017-03-27T10:00:00");
        post("/pools/" + ranked + "/allocations", "approver", awards).andExpect(status().isAccepted());
        String proposal = new String(
                jdbc.queryForObject(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType = "
                                + "'dk.pulje.shared.pool.AllocationProposed'",
                        byte[].class,
                        ranked),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(proposal)
                .as("the ranking applies the priority rule from the earlier pool's own events")
                .contains(
                        "Aarhus Kommune has a grant from pool " + pool,
                        "Odense Kommune has no grant from pool " + pool,
                        "Without a grant from the earlier pool first");
        post("/pools/" + ranked + "/allocations/1/approval", "approver", "{}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/four-eyes"));
        post("/pools/" + ranked + "/allocations/1/rejection", "approver", "{\"reason\": \"Withdrawn\"}")
                .andExpect(status().isAccepted());
        post("/pools/" + ranked + "/allocations", "manager", awards).andExpect(status().isAccepted());
        post("/pools/" + ranked + "/allocations/2/approval", "approver", "{\"reason\": \"As ranked\"}")
                .andExpect(status().isAccepted());
        assertThat(jdbc.queryForList(
                        "SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? AND (payloadType "
                                + "LIKE '%Allocation%' OR payloadType LIKE '%GrantAwarded') ORDER BY sequenceNumber",
                        String.class, ranked))
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly(
                        "AllocationProposed",
                        "AllocationRejected",
                        "AllocationProposed",
                        "AllocationApproved",
                        "GrantAwarded",
                        "GrantAwarded");
        for (String application : List.of(aarhus, odense)) {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                            Long.class,
                            "grant:" + application))
                    .as("the approval opened the grant of " + application)
                    .isEqualTo(1);
        }
        post("/pools/" + ranked + "/allocations/2/approval", "approver", "{}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/allocation-not-found"));
    }

    @Test
    void an_amendment_of_a_pool_that_needs_a_second_signature_waits_for_another_pool_manager() throws Exception {
        String signed = "signed-" + UUID.randomUUID();
        post(
                        "/programmes/" + programme + "/pools",
                        "manager",
                        poolJson(signed, "5000000.00")
                                .replace("\"budget\"", "\"amendmentsNeedSecondSignature\": true, \"budget\""))
                .andExpect(status().isCreated());
        post("/pools/" + signed + "/amendments", "manager", "{\"budget\": \"5100000.00\", \"reason\": \"More\"}")
                .andExpect(status().isAccepted());
        assertThat(budgetAllocatedTo(signed)).isEqualTo("5000000.00");

        long before = events();
        post("/pools/" + signed + "/amendments/1/approval", "manager", "{}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/four-eyes"));
        post("/pools/" + signed + "/amendments/2/approval", "manager2", "{}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/amendment-not-found"));
        assertThat(events()).isEqualTo(before);

        post("/pools/" + signed + "/amendments/1/approval", "manager2", "{\"reason\": \"Checked\"}")
                .andExpect(status().isAccepted());
        assertThat(budgetAllocatedTo(signed)).isEqualTo("5100000.00");
    }

    /** The pool's budget as its last budget event in the event store says. */
    private String budgetAllocatedTo(String poolId) {
        byte[] last = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND "
                        + "payloadType IN ('dk.pulje.shared.pool.PoolDrafted', 'dk.pulje.shared.pool.PoolAmended') "
                        + "ORDER BY sequenceNumber DESC LIMIT 1",
                byte[].class,
                poolId);
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(last)
                .get("budget")
                .asString();
    }

    @Test
    void an_application_that_breaks_an_earmark_is_refused_with_a_problem_naming_it() throws Exception {
        String earmarked = "earmarked-" + UUID.randomUUID();
        post(
                        "/programmes/" + programme + "/pools",
                        "manager",
                        poolJson(earmarked, "5000000.00")
                                .replace(
                                        "\"budget\"",
                                        "\"earmarks\": [{\"line\": \"partnership\", \"purpose\": \"The partnership with the "
                                                + "agency\", \"minimum\": \"500000.00\"}], \"budget\""))
                .andExpect(status().isCreated());
        post("/pools/" + earmarked + "/publication", "manager", "{}").andExpect(status().isAccepted());
        clock.setCopenhagen("2017-03-01T10:00:00");
        long before = events();
        post("/pools/" + earmarked + "/applications", "aarhus", aarhusApplication(app, "2000000.00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/earmark-not-met"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'partnership'")));
        post(
                        "/pools/" + earmarked + "/applications",
                        "aarhus",
                        aarhusApplication(app, "2000000.00")
                                .replace(
                                        "\"contact\"",
                                        "\"budgetLines\": {\"partnership\": \"500000.00\", \"staff\": \"1000000.00\"}, \"contact\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("budget-lines.total"));
        assertThat(events()).isEqualTo(before);
        post(
                        "/pools/" + earmarked + "/applications",
                        "aarhus",
                        aarhusApplication(app, "2000000.00")
                                .replace(
                                        "\"contact\"",
                                        "\"budgetLines\": {\"partnership\": \"500000.00\", \"staff\": \"1500000.00\"}, \"contact\""))
                .andExpect(status().isCreated());
    }

    @Test
    void a_pool_beyond_the_programmes_envelope_is_refused_and_nothing_is_drafted() throws Exception {
        long before = events();
        post("/programmes/" + programme + "/pools", "manager", poolJson("second-" + UUID.randomUUID(), "5100000.01"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/envelope-exceeded"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_pool_id_is_never_reused_and_the_refused_draft_takes_nothing_from_its_programme() throws Exception {
        post(
                        "/programmes",
                        "manager",
                        "{\"id\": \"other-%s\", \"name\": \"Other\", \"envelope\": \"30000000.00\"}"
                                .formatted(programme))
                .andExpect(status().isCreated());
        long before = events();

        // The pool id is taken in another programme.
        post("/programmes/other-" + programme + "/pools", "manager", poolJson(pool, "1000000.00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/already-exists"));

        assertThat(events()).isEqualTo(before);
        assertThat(axonTransactions).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void bad_requests_are_answered_with_problems_and_append_nothing() throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        String submit = "/pools/" + pool + "/applications";
        long before = events();

        post(submit, "aarhus", "{\"applicant\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-json"));
        post(submit, "aarhus", aarhusApplication("a1", "12.345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-value"))
                .andExpect(jsonPath("$.code").value("money.precision"));
        post(submit, "aarhus", aarhusApplication("a1", "-5.00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("money.negative"));
        post(submit, "aarhus", aarhusApplication("a1", "2000000.00").replace("\"751\"", "\"999\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("municipality.unknown"));
        post(
                        submit,
                        "aarhus",
                        aarhusApplication("a1", "2000000.00")
                                .replace("\"projectTitle\"", "\"colour\": 1, \"projectTitle\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/unknown-field"));
        post(
                        submit,
                        "aarhus",
                        aarhusApplication("a1", "2000000.00")
                                .replace("\"budget\": {\"2018\"", "\"budget\": {\"next year\""))
                .andExpect(status().isBadRequest());
        post(submit, "aarhus", "{\"applicant\": {\"kind\": \"MUNICIPALITY\", \"municipality\": \"751\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-value"));
        post("/pools/" + pool + "/applications/a1/rejection", "approver", "{\"reason\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reason.missing"));
        post("/pools/unknown-pool/publication", "manager", "{}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        post("/pools/" + pool + "/applications/unknown/withdrawal", "aarhus", "{}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/application-not-found"));
        mvc.perform(MockMvcRequestBuilders.post(submit)
                        .header("Authorization", basic("aarhus"))
                        .contentType("text/plain")
                        .accept("*/*")
                        .content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_resent_request_with_the_same_idempotency_key_gets_the_first_answer_and_appends_nothing() throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        String submit = "/pools/" + pool + "/applications";
        String withoutId = aarhusApplication("x", "2000000.00").replace("\"id\": \"x\", ", "");
        String key = UUID.randomUUID().toString();
        MvcResult first =
                keyed(submit, key, withoutId).andExpect(status().isCreated()).andReturn();
        long afterFirst = events();

        List<Future<MvcResult>> resent = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            resent.add(clients.submit(() -> keyed(submit, key, withoutId).andReturn()));
        }
        for (Future<MvcResult> again : resent) {
            assertThat(again.get().getResponse().getStatus()).isEqualTo(201);
            assertThat(again.get().getResponse().getHeader("Location"))
                    .isEqualTo(first.getResponse().getHeader("Location"));
            assertThat(again.get().getResponse().getContentAsString())
                    .isEqualTo(first.getResponse().getContentAsString());
        }
        clients.shutdown();
        assertThat(events()).isEqualTo(afterFirst);

        keyed(submit, key, withoutId.replace("2000000.00", "1000000.00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-reused"));
        assertThat(events()).isEqualTo(afterFirst);
    }

    private static double counter(String prometheus, String name) {
        return prometheus
                .lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow();
    }

    private ResultActions keyed(String path, String key, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .header("Authorization", basic("aarhus"))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .content(json));
    }

    @Test
    void a_role_may_only_use_its_own_commands() throws Exception {
        long before = events();
        post("/pools/" + pool + "/publication", "aarhus", "{}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        post("/pools/" + pool + "/publication", "nobody", "{}")
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        assertThat(events()).isEqualTo(before);
    }
}
