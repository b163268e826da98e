package dk.pulje.command.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pulje.command.api.CommandApiTestSupport;
import dk.pulje.spring.openapi.ApiDocumentCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The command API's OpenAPI document keeps the contract, and docs/openapi/command-side.json is that document. */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api-document;DB_CLOSE_DELAY=-1")
class ApiDocumentTest extends CommandApiTestSupport {

    @Test
    void every_operation_names_its_security_problem_answers_and_required_properties() throws Exception {
        ApiDocumentCheck document = ApiDocumentCheck.of(served());
        document.keepsTheContract((method, path) -> anonymousStatus(method, path));
        document.equalsCommitted(Path.of("..", "docs", "openapi", "command-side.json"));
    }

    @Test
    void a_problem_type_is_explained_at_its_address_to_anyone() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/problems/deadline-passed").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<h1>Deadline passed</h1>")))
                .andExpect(content().string(containsString("HTTP 409 · answered by the command API")));
        mvc.perform(MockMvcRequestBuilders.get("/problems/deadline-passed").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("deadline-passed"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.action").isNotEmpty());
        for (MediaType accept : new MediaType[] {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON}) {
            mvc.perform(MockMvcRequestBuilders.get("/problems/no-such-rule").accept(accept))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("/problems/not-found"));
        }
    }

    private String served() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int anonymousStatus(String method, String path) {
        try {
            return mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path))
                            .contentType("application/json")
                            .content("{}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
