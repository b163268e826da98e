package dk.pulje.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.api.CommandApiTestSupport;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running command side maps × every demo role: only the roles named here get past
 * authorization; every other gets 403 {@code /problems/forbidden} and appends nothing. An endpoint added without
 * a line here fails the test, and so does a rule that lets in a role not named.
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:authorization-matrix;DB_CLOSE_DELAY=-1")
class AuthorizationMatrixTest extends CommandApiTestSupport {

    /** Documentation, the problem types' pages and health are public; they change nothing. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /problems/{slug}",
            "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html",
            "GET /error",
            "POST /error",
            "PUT /error",
            "DELETE /error",
            "PATCH /error",
            "HEAD /error",
            "OPTIONS /error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_lets_in_exactly_the_roles_it_names_and_a_refused_call_appends_nothing() throws Exception {
        Set<String> endpoints = endpoints();
        assertThat(endpoints)
                .as("endpoints without a rule in this test")
                .allMatch(endpoint -> CommandEndpoints.ALLOWED.containsKey(endpoint)
                        || PUBLIC.contains(endpoint)
                        || endpoint.startsWith("GET /admin/clock")
                        || endpoint.startsWith("POST /admin/clock"));
        assertThat(endpoints).containsAll(CommandEndpoints.ALLOWED.keySet());

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String endpoint : CommandEndpoints.ALLOWED.keySet()) {
            String[] methodAndPath = endpoint.split(" ", 2);
            String path = methodAndPath[1].replaceAll("\\{[^}]+}", "matrix-unknown");
            for (String user : CommandEndpoints.USERS) {
                long before = events();
                int status = mvc.perform(
                                MockMvcRequestBuilders.request(HttpMethod.valueOf(methodAndPath[0]), URI.create(path))
                                        .header("Authorization", basic(user))
                                        .contentType("application/json")
                                        .content("{}"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                boolean allowed = CommandEndpoints.ALLOWED.get(endpoint).contains(user);
                if (allowed == (status == 403 || status == 401)) {
                    wrong.add(endpoint + " as " + user + ": " + status);
                }
                assertThat(events())
                        .as(endpoint + " as " + user + " appends nothing")
                        .isEqualTo(before);
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo(CommandEndpoints.ALLOWED.size() * CommandEndpoints.USERS.size());
        System.out.printf(
                "authorization matrix: %d command endpoints x %d roles = %d calls checked%n",
                CommandEndpoints.ALLOWED.size(), CommandEndpoints.USERS.size(), checked);
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
