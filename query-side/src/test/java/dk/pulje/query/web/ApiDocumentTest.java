package dk.pulje.query.web;

import dk.pulje.spring.openapi.ApiDocumentCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The query API's OpenAPI document keeps the contract, and docs/openapi/query-side.json is that document. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class ApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void inMemoryDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void every_operation_names_its_security_problem_answers_and_required_properties() throws Exception {
        ApiDocumentCheck document = ApiDocumentCheck.of(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        document.keepsTheContract(this::anonymousStatus);
        document.equalsCommitted(Path.of("..", "docs", "openapi", "query-side.json"));
    }

    private int anonymousStatus(String method, String path) {
        try {
            return mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
