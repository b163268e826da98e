package dk.pulje.query;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running query side maps × every demo role: only the roles named here get past authorization
 * (the API with HTTP Basic, the dashboard with its login form), every other is refused. An endpoint added without a
 * line here fails the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class QueryAuthorizationMatrixTest {

    private static final List<String> USERS =
            List.of("manager", "assessor", "approver", "finance", "aarhus", "auditor", "viewer");
    private static final Set<String> READERS =
            Set.of("manager", "assessor", "approver", "finance", "auditor", "viewer");
    private static final Set<String> EVERYONE = Set.copyOf(USERS);
    /** Staff and auditors: the applications, decisions and grants, which name organisations and people. */
    private static final Set<String> STAFF = Set.of("manager", "assessor", "approver", "finance", "auditor");
    // An applicant is let in to the applications and grants endpoints too, and sees only its own organisation's
    // there (QueryApiBehaviour checks what each answers it). A dashboard viewer reads aggregates only.
    private static final Set<String> STAFF_AND_APPLICANTS =
            Set.of("manager", "assessor", "approver", "finance", "auditor", "aarhus");
    private static final Set<String> AUDITOR = Set.of("auditor");
    /** Access to documents (aktindsigt): the agency's caseworkers make the exports, and auditors may. */
    private static final Set<String> MANAGER_AND_AUDITOR = Set.of("manager", "auditor");
    /** The applicant portal's own pages: an applicant's drafts, submissions, sign-ups and grants. */
    private static final Set<String> APPLICANT = Set.of("aarhus");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("GET /public/pools", EVERYONE),
            entry("GET /public/pools/{poolId}/guidance/{documentId}", EVERYONE),
            entry("GET /public/meetings", EVERYONE),
            entry("GET /public/meetings/{meetingId}", EVERYONE),
            entry("GET /meetings/{meetingId}/registrations", Set.of("manager", "auditor")),
            entry("GET /programmes", EVERYONE),
            entry("GET /programmes/{programmeId}", EVERYONE),
            entry("GET /pools", EVERYONE),
            entry("GET /pools/{poolId}", EVERYONE),
            entry("GET /pools/{poolId}/applications", STAFF_AND_APPLICANTS),
            entry("GET /pools/{poolId}/applications/{applicationId}", STAFF_AND_APPLICANTS),
            entry("GET /pools/{poolId}/decisions", STAFF),
            entry("GET /pools/{poolId}/applications/{applicationId}/assessments", STAFF),
            entry("GET /pools/{poolId}/ranking", STAFF),
            entry("GET /pools/{poolId}/assessors", STAFF),
            entry("GET /pools/{poolId}/allocations", STAFF),
            entry("GET /pools/{poolId}/allocations/{allocation}", STAFF),
            entry("GET /pools/{poolId}/decision-figures", STAFF),
            entry("GET /pools/{poolId}/applications/{applicationId}/letters", STAFF_AND_APPLICANTS),
            entry("GET /pools/{poolId}/applications/{applicationId}/letters/{documentId}", STAFF_AND_APPLICANTS),
            entry("GET /pools/{poolId}/applications/{applicationId}/attachments", STAFF_AND_APPLICANTS),
            entry("GET /pools/{poolId}/applications/{applicationId}/attachments/{documentId}", STAFF_AND_APPLICANTS),
            entry("GET /pools/{poolId}/applications/{applicationId}/reconsiderations", STAFF_AND_APPLICANTS),
            entry("GET /pools/{poolId}/reconsiderations", STAFF),
            entry("POST /pools/{poolId}/applications/{applicationId}/access-exports", MANAGER_AND_AUDITOR),
            entry("GET /pools/{poolId}/grants.csv", STAFF_AND_APPLICANTS),
            entry("GET /grants", STAFF_AND_APPLICANTS),
            entry("GET /grants/{grantId}", STAFF_AND_APPLICANTS),
            entry("GET /grants/{grantId}/reports/{reportId}/attachments", STAFF_AND_APPLICANTS),
            entry("GET /grants/{grantId}/reports/{reportId}/attachments/{documentId}", STAFF_AND_APPLICANTS),
            entry("GET /grants/overdue-reports", STAFF),
            entry("GET /deadlines/upcoming", STAFF),
            entry("GET /audit/chain/verify", AUDITOR),
            entry("GET /audit/grants/{grantId}/history", AUDITOR),
            entry("GET /audit/pools/{poolId}/history", AUDITOR),
            entry("GET /audit/pools/{poolId}/history.csv", AUDITOR),
            entry("GET /audit/pools/{poolId}/history.jsonl", AUDITOR),
            entry("GET /audit/pools/{poolId}/applications/{applicationId}/history", AUDITOR),
            entry("GET /audit/pools/{poolId}/applications/{applicationId}/history.csv", AUDITOR),
            entry("GET /audit/pools/{poolId}/applications/{applicationId}/history.jsonl", AUDITOR),
            entry("GET /audit/pools/{poolId}/package", AUDITOR),
            entry("GET /audit/personal-data-access", AUDITOR),
            entry("GET /audit/access-exports", AUDITOR),
            entry("GET /admin/dead-letters", AUDITOR),
            entry("GET /admin/notifications", AUDITOR),
            entry("POST /admin/dead-letters/{group}/retry", AUDITOR),
            entry("GET /admin/projections/progress", AUDITOR),
            entry("POST /admin/projections/{group}/replay", AUDITOR),
            entry("GET /admin/projections/replays", AUDITOR),
            entry("GET /admin/read-models/checksums", AUDITOR),
            entry("GET /dashboard", READERS),
            entry("GET /dashboard/pools/{poolId}", READERS),
            entry("GET /dashboard/live", READERS),
            entry("GET /portal", EVERYONE),
            entry("GET /portal/pools/{poolId}", EVERYONE),
            entry("GET /portal/applications", APPLICANT),
            entry("GET /portal/pools/{poolId}/applications/{applicationId}", APPLICANT),
            entry("GET /portal/pools/{poolId}/applications/{applicationId}/letters/{documentId}", APPLICANT),
            entry("POST /portal/pools/{poolId}/drafts", APPLICANT),
            entry("GET /portal/drafts/{draftId}", APPLICANT),
            entry("POST /portal/drafts/{draftId}", APPLICANT),
            entry("POST /portal/drafts/{draftId}/submission", APPLICANT),
            entry("POST /portal/drafts/{draftId}/attachments", APPLICANT),
            entry("POST /portal/drafts/{draftId}/attachments/{documentId}/removal", APPLICANT),
            entry("GET /portal/drafts/{draftId}/receipt", APPLICANT),
            entry("POST /portal/meetings/{meetingId}/registrations", APPLICANT),
            entry("POST /portal/grants/{grantId}/acceptance", APPLICANT),
            entry("GET /portal/grants/{grantId}", APPLICANT),
            entry("GET /portal/grants/{grantId}/letters/{documentId}", APPLICANT),
            entry("POST /portal/grants/{grantId}/start", APPLICANT),
            entry("GET /portal/grants/{grantId}/reports/{reportId}/attachments/{documentId}", APPLICANT),
            entry("POST /portal/grants/{grantId}/reports/{reportId}/submission", APPLICANT),
            entry("POST /portal/grants/{grantId}/budget-changes", APPLICANT));

    /**
     * Documentation, the problem types' pages, error pages and the dashboard's sign-in and "not for you" pages (any
     * method) are public; they
     * show nothing of the grant data.
     */
    private static final Set<String> PUBLIC = Set.of(
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /problems/{slug}",
            "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html",
            "GET /dashboard/login",
            "GET /portal/login");

    /** Data anyone may read without signing in: nothing about applications or people. */
    private static final Set<String> OPEN_TO_ANYONE =
            Set.of("GET /public/pools", "GET /public/meetings", "GET /portal");

    /** Rebuilds every read model when allowed, so it is called once, last, by the auditor only. */
    private static final String REPLAY_ALL = "POST /admin/projections/replay";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void inMemoryDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void every_endpoint_lets_in_exactly_the_roles_it_names() throws Exception {
        Set<String> endpoints = endpoints();
        assertThat(endpoints)
                .as("endpoints without a rule in this test")
                .allMatch(endpoint -> ALLOWED.containsKey(endpoint)
                        || PUBLIC.contains(endpoint)
                        || endpoint.endsWith(" /error")
                        || endpoint.endsWith(" /dashboard/forbidden")
                        || endpoint.endsWith(" /portal/forbidden")
                        || endpoint.equals(REPLAY_ALL));
        assertThat(endpoints).containsAll(ALLOWED.keySet());

        Map<String, Cookie> sessions = new HashMap<>();
        Map<String, String> csrfTokens = new HashMap<>();
        for (String user : USERS) {
            sessions.put(user, DashboardSignIn.as(mvc, user));
            Matcher token = CSRF.matcher(
                    mvc.perform(MockMvcRequestBuilders.get("/portal/login").cookie(sessions.get(user)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8));
            assertThat(token.find()).isTrue();
            csrfTokens.put(user, token.group(1));
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> endpoint : ALLOWED.entrySet()) {
            String method = endpoint.getKey().split(" ")[0];
            String path = endpoint.getKey().split(" ")[1].replaceAll("\\{[^}]+}", "matrix-unknown");
            for (String user : USERS) {
                MockHttpServletRequestBuilder request =
                        MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path));
                request = path.startsWith("/dashboard") || path.startsWith("/portal")
                        ? request.cookie(sessions.get(user)).param("_csrf", csrfTokens.get(user))
                        : request.header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                boolean refused = status == 401
                        || status == 403
                        || (status == 302
                                && String.valueOf(result.getResponse().getRedirectedUrl())
                                        .contains("login"));
                if (endpoint.getValue().contains(user) == refused) {
                    wrong.add(endpoint.getKey() + " as " + user + ": " + status);
                }
                checked++;
            }
        }
        for (String user : USERS) {
            int status = mvc.perform(MockMvcRequestBuilders.post("/admin/projections/replay")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (AUDITOR.contains(user) == (status == 403)) {
                wrong.add(REPLAY_ALL + " as " + user + ": " + status);
            }
            checked++;
        }
        for (String open : OPEN_TO_ANYONE) {
            int status = mvc.perform(MockMvcRequestBuilders.get(open.split(" ")[1]))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 200) {
                wrong.add(open + " without signing in: " + status);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo((ALLOWED.size() + 1) * USERS.size());
        System.out.printf(
                "authorization matrix: %d query endpoints x %d roles = %d calls checked, %d open to anyone%n",
                ALLOWED.size() + 1, USERS.size(), checked, OPEN_TO_ANYONE.size());
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<RequestMethod> each = methods.isEmpty() ? List.of(RequestMethod.values()) : new ArrayList<>(methods);
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : each) {
                    if (method != RequestMethod.TRACE) {
                        endpoints.add(method + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }
}
