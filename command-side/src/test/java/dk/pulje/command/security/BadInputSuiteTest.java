package dk.pulje.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pulje.command.api.CommandApiTestSupport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Bad input against every command endpoint, sent by a user whose role may call it, on real resources: each answer
 * is a problem detail with a stable type, no stack trace or SQL, and the event store is the same afterwards
 * (count and last global index).
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bad-input;DB_CLOSE_DELAY=-1")
class BadInputSuiteTest extends CommandApiTestSupport {

    /**
     * Numbers no amount, year, score or size could be, as JSON numbers and as strings: expanded, the first takes a
     * gigabyte, the second minutes of CPU, the third answers with 20 MB.
     */
    private static final List<String> HOSTILE_NUMBERS = List.of(
            "1e-999999999",
            "1e400000000",
            "1e-20000000",
            "-1e400000000",
            "0e-999999999",
            "1e2147483648",
            "\"1e400000000\"",
            "\"1e-999999999\"",
            "\"1e-20000000\"");
    /** Only a guard against a hang: a hostile number that got through fails on its answer, well before this. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final Map<String, String> ids = new java.util.HashMap<>();
    private final List<String> tried = new ArrayList<>();

    @BeforeEach
    void resources() throws Exception {
        clock.setCopenhagen("2017-03-01T10:00:00");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String programme = "bad-" + suffix;
        String pool = "bad-pool-" + suffix;
        String application = "bad-app-" + suffix;
        String odense = "bad-odense-" + suffix;
        post(
                        "/programmes",
                        "manager",
                        "{\"id\": \"" + programme + "\", \"name\": \"Bad\", \"envelope\": \"9000000.00\"}")
                .andExpect(status().isCreated());
        post("/programmes/" + programme + "/pools", "manager", """
                {"id": "%s", "title": "Bad input", "budget": "5000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "c", "title": "C"}], "limits": {"minimum": "1.00", "maximum": "3000000.00"},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"}}""".formatted(pool))
                .andExpect(status().isCreated());
        post("/pools/" + pool + "/publication", "manager", "{}").andExpect(status().isAccepted());
        String draft = "bad-draft-" + suffix;
        post("/programmes/" + programme + "/pools", "manager", """
                {"id": "%s", "title": "Still a draft", "budget": "1000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "c", "title": "C"}], "limits": {"minimum": "1.00", "maximum": "1000000.00"},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"}}""".formatted(draft))
                .andExpect(status().isCreated());
        ids.put("draftPoolId", draft);
        for (String[] applicant : new String[][] {{application, "aarhus", "751"}, {odense, "odense", "461"}}) {
            post("/pools/" + pool + "/applications", applicant[1], """
                    {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"}, "projectTitle": "T",
                     "amountRequested": "1000.00", "budget": {"2018": "1000.00"}, "activityCategory": "c",
                     "contact": {"name": "Kim", "email": "kim@example.dk"}}""".formatted(applicant[0], applicant[2]))
                    .andExpect(status().isCreated());
        }
        post(
                        "/pools/" + pool + "/applications/" + application + "/screening",
                        "assessor",
                        "{\"eligible\": true, \"reason\": \"ok\"}")
                .andExpect(status().isAccepted());
        post(
                        "/pools/" + pool + "/applications/" + application + "/award",
                        "approver",
                        "{\"amount\": \"1000.00\", \"reason\": \"ok\"}")
                .andExpect(status().isAccepted());
        ids.putAll(Map.of(
                "programmeId",
                programme,
                "poolId",
                pool,
                "applicationId",
                application,
                "grantId",
                application,
                "reportId",
                "final",
                "changeId",
                "none",
                "claimId",
                "none",
                "amendment",
                "1"));
        ids.put("reconsiderationId", "none");
        ids.put("allocation", "1");
        ids.put("odense", odense);
        // Vejle is named by two joint applications; it confirms Esbjerg's after Aalborg withdrew its own.
        String joint = "bad-joint-" + suffix;
        String withdrawn = "bad-withdrawn-" + suffix;
        for (String[] lead : new String[][] {{joint, "esbjerg", "561"}, {withdrawn, "aalborg", "851"}}) {
            post("/pools/" + pool + "/applications", lead[1], """
                    {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"}, "projectTitle": "T",
                     "amountRequested": "1000.00", "budget": {"2018": "1000.00"}, "activityCategory": "c",
                     "partners": [{"kind": "MUNICIPALITY", "municipality": "630"}],
                     "contact": {"name": "Kim", "email": "kim@example.dk"}}""".formatted(lead[0], lead[2]))
                    .andExpect(status().isCreated());
        }
        post("/pools/" + pool + "/applications/" + withdrawn + "/withdrawal", "aalborg", "{}")
                .andExpect(status().isAccepted());
        post("/pools/" + pool + "/applications/" + joint + "/partnership/confirmation", "vejle", "{}")
                .andExpect(status().isAccepted());
        ids.put("joint", joint);
        ids.put("withdrawn", withdrawn);
        String meeting = "bad-meeting-" + suffix;
        post("/meetings", "manager", """
                {"id": "%s", "pools": ["%s"], "date": "2017-03-01", "starts": "10:00", "ends": "12:00",
                 "place": "Odense", "free": true, "capacity": 10}""".formatted(meeting, pool)).andExpect(status().isCreated());
        String registration = post(
                        "/meetings/" + meeting + "/registrations",
                        "aarhus",
                        "{\"attendee\": {\"name\": \"Kim\", \"email\": \"kim@example.dk\"}}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        ids.put("meetingId", meeting);
        ids.put("registrationId", registration.substring(registration.lastIndexOf('/') + 1));
        for (int attendee = 2; attendee <= 5; attendee++) {
            post(
                            "/meetings/" + meeting + "/registrations",
                            "aarhus",
                            "{\"attendee\": {\"name\": \"Kim %d\", \"email\": \"kim%d@example.dk\"}}"
                                    .formatted(attendee, attendee))
                    .andExpect(status().isCreated());
        }
    }

    /** Every command an applicant may send, with a well-formed body, on what belongs to another organisation. */
    private void anotherOrganisationsIds() throws Exception {
        String odensesApplication = "/pools/" + ids.get("poolId") + "/applications/" + ids.get("odense");
        expectProblem(
                "POST",
                odensesApplication + "/amendments",
                "aarhus",
                "application/json",
                """
                {"amountRequested": "900.00", "budget": {"2018": "900.00"}, "activityCategory": "c"}""",
                403,
                "/problems/not-your-application");
        expectProblem(
                "POST",
                odensesApplication + "/withdrawal",
                "aarhus",
                "application/json",
                "{}",
                403,
                "/problems/not-your-application");
        String aarhusGrant = "/grants/" + ids.get("grantId");
        expectProblem(
                "POST",
                aarhusGrant + "/acceptance",
                "odense",
                "application/json",
                "{}",
                403,
                "/problems/not-your-grant");
        expectProblem(
                "POST",
                aarhusGrant + "/start",
                "odense",
                "application/json",
                "{\"startedOn\": \"2017-06-01\"}",
                403,
                "/problems/not-your-grant");
        expectProblem(
                "POST",
                aarhusGrant + "/reports/final/submission",
                "odense",
                "application/json",
                "{\"summary\": \"Done\", \"spentByLine\": {\"project\": \"1000.00\"}}",
                403,
                "/problems/not-your-grant");
        expectProblem(
                "POST",
                aarhusGrant + "/budget-changes",
                "odense",
                "application/json",
                """
                {"kind": "REALLOCATION", "from": "project", "to": "staff", "amount": "1.00", "reason": "r"}""",
                403,
                "/problems/not-your-grant");
        expectProblem(
                "POST",
                "/meetings/" + ids.get("meetingId") + "/registrations/" + ids.get("registrationId") + "/cancellation",
                "odense",
                "application/json",
                "{}",
                403,
                "/problems/not-your-registration");
    }

    /**
     * A partner's decision on a joint application: by another organisation or the lead, on no application, on a
     * withdrawn one, a second time, or a decline without a reason.
     */
    private void partnershipDecisions() throws Exception {
        String joint = "/pools/" + ids.get("poolId") + "/applications/" + ids.get("joint") + "/partnership";
        expectProblem(
                "POST", joint + "/confirmation", "aarhus", "application/json", "{}", 403, "/problems/not-a-partner");
        expectProblem(
                "POST",
                joint + "/decline",
                "odense",
                "application/json",
                "{\"reason\": \"r\"}",
                403,
                "/problems/not-a-partner");
        expectProblem(
                "POST", joint + "/confirmation", "esbjerg", "application/json", "{}", 403, "/problems/not-a-partner");
        expectProblem(
                "POST",
                "/pools/" + ids.get("poolId") + "/applications/no-such-application/partnership" + "/confirmation",
                "vejle",
                "application/json",
                "{}",
                404,
                "/problems/application-not-found");
        expectProblem(
                "POST",
                joint + "/confirmation",
                "vejle",
                "application/json",
                "{}",
                409,
                "/problems/partnership-already-decided");
        expectProblem(
                "POST",
                joint + "/decline",
                "vejle",
                "application/json",
                "{\"reason\": \"r\"}",
                409,
                "/problems/partnership-already-decided");
        expectProblem("POST", joint + "/decline", "vejle", "application/json", "{}", 400, null);
        expectProblem(
                "POST",
                "/pools/" + ids.get("poolId") + "/applications/" + ids.get("withdrawn") + "/partnership/confirmation",
                "vejle",
                "application/json",
                "{}",
                409,
                "/problems/application-state");
        String awarded = "/pools/" + ids.get("poolId") + "/applications/" + ids.get("applicationId") + "/partnership";
        expectProblem(
                "POST", awarded + "/confirmation", "aarhus", "application/json", "{}", 403, "/problems/not-a-partner");
    }

    /**
     * The lead's removal of a partner: by another organisation or a partner, of a partner that confirmed, of one the
     * application does not name, from a withdrawn application, without the partner or without a reason.
     */
    private void partnerRemovals() throws Exception {
        String pool = "/pools/" + ids.get("poolId") + "/applications/";
        String joint = pool + ids.get("joint") + "/partnership/removal";
        String vejle = "{\"partner\": \"municipality:630\", \"reason\": \"No answer\"}";
        expectProblem("POST", joint, "aarhus", "application/json", vejle, 403, "/problems/not-your-application");
        expectProblem("POST", joint, "vejle", "application/json", vejle, 403, "/problems/not-your-application");
        expectProblem("POST", joint, "esbjerg", "application/json", vejle, 409, "/problems/partner-confirmed");
        expectProblem(
                "POST",
                joint,
                "esbjerg",
                "application/json",
                "{\"partner\": \"municipality:461\", \"reason\": \"No answer\"}",
                404,
                "/problems/partner-not-found");
        expectProblem(
                "POST",
                joint,
                "esbjerg",
                "application/json",
                "{\"partner\": \"municipality:561\", \"reason\": \"No answer\"}",
                404,
                "/problems/partner-not-found");
        expectProblem(
                "POST",
                pool + "no-such-application/partnership/removal",
                "esbjerg",
                "application/json",
                vejle,
                404,
                "/problems/application-not-found");
        expectProblem(
                "POST",
                pool + ids.get("withdrawn") + "/partnership/removal",
                "aalborg",
                "application/json",
                vejle,
                409,
                "/problems/application-state");
        expectProblem(
                "POST",
                joint,
                "esbjerg",
                "application/json",
                "{\"partner\": \"municipality:630\"}",
                400,
                "/problems/invalid-value");
        expectProblem(
                "POST",
                joint,
                "esbjerg",
                "application/json",
                "{\"reason\": \"No answer\"}",
                400,
                "/problems/invalid-value");
        expectProblem(
                "POST",
                joint,
                "esbjerg",
                "application/json",
                "{\"partner\": \"" + "m".repeat(1_000) + "\", \"reason\": \"No answer\"}",
                400,
                "/problems/invalid-value");
    }

    /**
     * Allocations: an application named twice, a null award, too many decimals, none to propose from the ranking, an application already awarded, one not
     * screened, one the pool does not have; approving or rejecting an allocation that is not pending; a rejection
     * without a reason.
     */
    private void allocations() throws Exception {
        String allocations = "/pools/" + ids.get("poolId") + "/allocations";
        String award = "{\"applicationId\": \"%s\", \"amount\": \"%s\"}";
        String awarded = award.formatted(ids.get("applicationId"), "1000.00");
        for (String awards : List.of("[" + awarded + ", " + awarded + "]", "[null]")) {
            expectProblem(
                    "POST",
                    allocations,
                    "manager",
                    "application/json",
                    "{\"awards\": " + awards + ", \"reason\": \"r\"}",
                    400,
                    "/problems/invalid-value");
        }
        expectProblem(
                "POST",
                allocations,
                "manager",
                "application/json",
                "{\"awards\": [" + award.formatted(ids.get("odense"), "1.001") + "], \"reason\": \"r\"}",
                400,
                null);
        expectProblem(
                "POST",
                allocations,
                "manager",
                "application/json",
                "{\"awards\": [], \"reason\": \"From the ranking\"}",
                409,
                "/problems/nothing-to-allocate");
        expectProblem(
                "POST",
                allocations,
                "manager",
                "application/json",
                "{\"awards\": [" + awarded + "]}",
                400,
                "/problems/invalid-value");
        expectProblem(
                "POST",
                allocations,
                "manager",
                "application/json",
                "{\"awards\": [" + awarded + "], \"reason\": \"r\"}",
                409,
                "/problems/application-state");
        expectProblem(
                "POST",
                allocations,
                "approver",
                "application/json",
                "{\"awards\": [" + award.formatted(ids.get("odense"), "1000.00") + "], \"reason\": \"r\"}",
                409,
                "/problems/application-state");
        expectProblem(
                "POST",
                allocations,
                "manager",
                "application/json",
                "{\"awards\": [" + award.formatted("no-such-application", "1000.00") + "], \"reason\": \"r\"}",
                404,
                "/problems/application-not-found");
        expectProblem(
                "POST",
                allocations + "/1/approval",
                "approver",
                "application/json",
                "{}",
                404,
                "/problems/allocation-not-found");
        expectProblem(
                "POST",
                allocations + "/1/rejection",
                "approver",
                "application/json",
                "{\"reason\": \"r\"}",
                404,
                "/problems/allocation-not-found");
        expectProblem(
                "POST",
                allocations + "/1/rejection",
                "manager",
                "application/json",
                "{}",
                400,
                "/problems/invalid-value");
    }

    /** Endpoints whose body is a multipart upload rather than JSON. */
    private static final java.util.Set<String> UPLOADS = java.util.Set.of("POST /documents");

    @Test
    void every_command_endpoint_answers_bad_input_with_a_problem_and_changes_nothing() throws Exception {
        long count = events();
        long last = lastIndex();
        String longText = "x".repeat(10_001);
        for (Map.Entry<String, java.util.Set<String>> endpoint : CommandEndpoints.ALLOWED.entrySet()) {
            String method = endpoint.getKey().split(" ")[0];
            String template = endpoint.getKey().split(" ")[1];
            String path = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            String user = endpoint.getValue().iterator().next();
            if (UPLOADS.contains(endpoint.getKey())) {
                // An upload takes multipart/form-data, not JSON: any other body is the wrong media type.
                expectProblem(
                        method,
                        path,
                        user,
                        "application/json",
                        "{\"reason\": ",
                        415,
                        "/problems/unsupported-media-type");
                expectProblem(method, path, user, "text/plain", "hello", 415, "/problems/unsupported-media-type");
                expectProblem(method, path, user, "multipart/form-data; boundary=x", "--x\r\nnonsense", 400, null);
                continue;
            }
            expectProblem(method, path, user, "application/json", "{\"reason\": ", 400, "/problems/malformed-json");
            expectProblem(method, path, user, "text/plain", "hello", 415, "/problems/unsupported-media-type");
            expectProblem(
                    method, path, user, "application/json", "{\"noSuchField\": 1}", 400, "/problems/unknown-field");
            expectProblem(method, path, user, "application/json", "[1, 2]", 400, null);
            expectProblem(
                    method,
                    path,
                    user,
                    "application/json",
                    "{\"reason\": \"" + "y".repeat(70_000) + "\"}",
                    413,
                    "/problems/request-too-large");
            expectProblem(method, path, user, "application/json", "{\"reason\": \"" + longText + "\"}", 400, null);
            if (template.contains("{")) {
                String unknown = template.replaceAll(
                        "\\{[^}]+}", "unknown-" + UUID.randomUUID().toString().substring(0, 8));
                expectProblem(method, unknown, user, "application/json", "{}", 0, null);
            }
        }
        for (String amount : List.of("\"-1.00\"", "\"1.001\"", "\"99999999999999999999.00\"", "\"abc\"", "true")) {
            expectProblem(
                    "POST",
                    "/pools/" + ids.get("poolId") + "/applications/" + ids.get("applicationId") + "/award",
                    "approver",
                    "application/json",
                    "{\"amount\": " + amount + ", \"reason\": \"r\"}",
                    400,
                    null);
            expectProblem(
                    "POST",
                    "/grants/" + ids.get("grantId") + "/disbursements",
                    "finance",
                    "application/json",
                    "{\"year\": 2018, \"amount\": " + amount + "}",
                    400,
                    null);
            expectProblem(
                    "POST",
                    "/programmes",
                    "manager",
                    "application/json",
                    "{\"id\": \"p-x\", \"name\": \"P\", \"envelope\": " + amount + "}",
                    400,
                    null);
        }
        anotherOrganisationsIds();
        partnershipDecisions();
        partnerRemovals();
        allocations();
        expectProblem(
                "POST",
                "/meetings/" + ids.get("meetingId") + "/registrations",
                "aarhus",
                "application/json",
                "{\"attendee\": {\"name\": \"Kim 6\", \"email\": \"kim6@example.dk\"}}",
                409,
                "/problems/registration-limit");
        expectProblem(
                "POST",
                "/meetings",
                "manager",
                "application/json",
                """
                {"id": "about-a-draft", "pools": ["%s"], "date": "2017-03-01", "starts": "10:00", "ends": "12:00",
                 "place": "Odense", "free": true, "capacity": 10}""".formatted(ids.get("draftPoolId")),
                409,
                "/problems/pool-state");
        expectProblem(
                "POST",
                "/pools/" + ids.get("poolId") + "/applications",
                "aarhus",
                "application/json",
                """
                {"applicant": {"kind": "MUNICIPALITY", "municipality": "461"}, "projectTitle": "T",
                 "amountRequested": "1000.00", "budget": {"2018": "1000.00"}, "activityCategory": "c",
                 "contact": {"name": "Kim", "email": "kim@example.dk"}}""",
                403,
                "/problems/not-your-application");

        assertThat(events()).isEqualTo(count);
        assertThat(lastIndex()).isEqualTo(last);
        assertThat(tried).hasSizeGreaterThan(150);
        System.out.printf(
                "bad-input suite: %d bad inputs tried, events appended by them: %d%n", tried.size(), events() - count);
    }

    @Test
    void a_number_whose_exponent_or_scale_is_out_of_range_is_refused_before_it_is_expanded() throws Exception {
        long count = events();
        long last = lastIndex();
        String application = "/pools/" + ids.get("poolId") + "/applications/" + ids.get("applicationId");
        String grant = "/grants/" + ids.get("grantId");
        for (String number : HOSTILE_NUMBERS) {
            expectOutOfRange(
                    application + "/award", "approver", "{\"amount\": " + number + ", \"reason\": \"r\"}", "amount");
            expectOutOfRange(
                    "/programmes",
                    "manager",
                    "{\"id\": \"p-x\", \"name\": \"P\", \"envelope\": " + number + "}",
                    "envelope");
            expectOutOfRange(application + "/amendments", "aarhus", """
                    {"amountRequested": "900.00", "budget": {"2018": %s}, "activityCategory": "c"}""".formatted(number), "budget.2018");
            expectOutOfRange(
                    grant + "/disbursements", "finance", "{\"year\": " + number + ", \"amount\": \"1.00\"}", "year");
            expectOutOfRange(
                    application + "/scores",
                    "assessor",
                    "{\"score\": " + number + ", \"justification\": \"j\"}",
                    "score");
            expectOutOfRange("/meetings", "manager", """
                    {"pools": ["%s"], "date": "2017-03-01", "starts": "10:00", "ends": "12:00", "place": "Odense",
                     "free": true, "capacity": %s}""".formatted(ids.get("poolId"), number), "capacity");
            poolsAndGrants(number);
            expectOutOfRange(
                    "/pools/" + ids.get("poolId") + "/allocations",
                    "manager",
                    "{\"awards\": [{\"applicationId\": \"%s\", \"amount\": %s}], \"reason\": \"r\"}"
                            .formatted(ids.get("odense"), number),
                    null);
        }
        for (String number : List.of("1e400000000", "1e-999999999", "-1e400000000", "99999999999")) {
            expectOutOfRange(
                    "/pools/" + ids.get("poolId") + "/amendments/" + number + "/approval",
                    "manager",
                    "{\"reason\": \"r\"}",
                    null);
            expectOutOfRange(
                    "/pools/" + ids.get("poolId") + "/allocations/" + number + "/approval",
                    "approver",
                    "{\"reason\": \"r\"}",
                    null);
            // a budget year is a map's key, read by a key deserializer of its own
            expectOutOfRange(application + "/amendments", "aarhus", """
                    {"amountRequested": "900.00", "budget": {"%s": "900.00"}, "activityCategory": "c"}""".formatted(number), "budget");
            expectOutOfRange(
                    "/pools/" + ids.get("poolId") + "/applications", "aarhus", """
                    {"id": "bad-year", "applicant": {"kind": "MUNICIPALITY", "municipality": "751"},
                     "projectTitle": "T", "amountRequested": "1000.00", "budget": {"%s": "1000.00"},
                     "activityCategory": "c", "contact": {"name": "Kim", "email": "kim@example.dk"}}""".formatted(number), "budget");
        }

        assertThat(events()).isEqualTo(count);
        assertThat(lastIndex()).isEqualTo(last);
    }

    /** The number as a pool's and a grant's amounts, limits, rounds and budget lines. */
    private void poolsAndGrants(String number) {
        String pools = "/programmes/" + ids.get("programmeId") + "/pools";
        String draft = """
                {"id": "bad-number", "title": "Bad number", "budget": %s, "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "c", "title": "C"}], "limits": {"minimum": %s, "maximum": %s},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"}}""";
        expectOutOfRange(pools, "manager", draft.formatted(number, "\"1.00\"", "\"1000.00\""), "budget");
        expectOutOfRange(pools, "manager", draft.formatted("\"5000.00\"", number, "\"1000.00\""), "limits.minimum");
        expectOutOfRange(pools, "manager", draft.formatted("\"5000.00\"", "\"1.00\"", number), "limits.maximum");
        String amendments = "/pools/" + ids.get("poolId") + "/amendments";
        expectOutOfRange(amendments, "manager", "{\"budget\": " + number + ", \"reason\": \"r\"}", "budget");
        expectOutOfRange(amendments, "manager", """
                {"deadlineChanges": [{"round": %s, "deadline": "2017-03-31T12:00:00"}], "reason": "r"}""".formatted(number), null);
        expectOutOfRange(
                "/pools/" + ids.get("poolId") + "/applications/" + ids.get("applicationId") + "/amendments",
                "aarhus",
                """
                {"amountRequested": "900.00", "budget": {"2018": "900.00"}, "activityCategory": "c",
                 "budgetLines": {"project": %s}}""".formatted(number),
                "budgetLines.project");
        String grant = "/grants/" + ids.get("grantId");
        expectOutOfRange(
                grant + "/acceptance",
                "aarhus",
                "{\"budgetLines\": {\"project\": " + number + "}}",
                "budgetLines.project");
        expectOutOfRange(
                grant + "/reports/final/submission",
                "aarhus",
                "{\"summary\": \"s\", \"spentByLine\": {\"project\": " + number + "}}",
                "spentByLine.project");
        expectOutOfRange(grant + "/budget-changes", "aarhus", """
                {"kind": "REALLOCATION", "from": "project", "to": "staff", "amount": %s, "reason": "r"}""".formatted(number), "amount");
        expectOutOfRange(grant + "/disbursements", "finance", "{\"year\": 2018, \"amount\": " + number + "}", "amount");
        expectOutOfRange(
                grant + "/repayment-claims", "finance", "{\"amount\": " + number + ", \"reason\": \"r\"}", "amount");
        expectOutOfRange(
                grant + "/repayment-claims/" + ids.get("claimId") + "/payments",
                "finance",
                "{\"amount\": " + number + "}",
                "amount");
    }

    /** A short answer that does not write the number out, naming the field it was read for. */
    private void expectOutOfRange(String path, String user, String body, String field) {
        MockHttpServletResponse response = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> expectProblem(
                        "POST", path, user, "application/json", body, 400, "/problems/number-out-of-range"));
        String answer = assertTimeoutPreemptively(HANG_GUARD, () -> response.getContentAsString());
        assertThat(answer.length()).as(path + " " + body).isLessThan(1_000);
        assertThat(answer).as(path + " " + body).doesNotContain("0".repeat(20));
        if (field != null) {
            assertThat(answer).as(path + " " + body).contains("\"field\":\"" + field + "\"");
        }
    }

    private MockHttpServletResponse expectProblem(
            String method,
            String path,
            String user,
            String contentType,
            String body,
            int expectedStatus,
            String expectedType)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path))
                                .header("Authorization", basic(user))
                                .contentType(contentType)
                                .content(body))
                .andReturn()
                .getResponse();
        String what = method + " " + path + " as " + user + " with " + body.substring(0, Math.min(40, body.length()));
        tried.add(what);
        if (expectedStatus == 0) {
            assertThat(response.getStatus()).as(what).isBetween(400, 499);
        } else {
            assertThat(response.getStatus())
                    .as(what + ": " + response.getContentAsString())
                    .isEqualTo(expectedStatus);
        }
        assertThat(response.getContentType()).as(what).startsWith("application/problem+json");
        String answer = response.getContentAsString();
        assertThat(answer)
                .as(what)
                .contains("\"type\":\"/problems/")
                .doesNotContain("Exception", "\tat ", "SQL", "org.", "java.");
        if (expectedType != null) {
            assertThat(answer).as(what).contains("\"type\":\"" + expectedType + "\"");
        }
        return response;
    }

    private long lastIndex() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
    }
}
