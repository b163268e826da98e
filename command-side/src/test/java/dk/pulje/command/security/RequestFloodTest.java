package dk.pulje.command.security;

import dk.pulje.command.api.CommandApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood from one client is answered 429 with Retry-After before it costs a password check or a command. */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:flood;DB_CLOSE_DELAY=-1",
        "pulje.requests.per-second=2", "pulje.requests.burst=5"})
class RequestFloodTest extends CommandApiTestSupport {

    @Test
    void a_flood_from_one_client_is_answered_too_many_requests_with_retry_after() throws Exception {
        long before = events();
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(mvc.perform(MockMvcRequestBuilders.post("/programmes").header("Authorization", basic("viewer"))
                    .contentType("application/json").content("{}")).andReturn().getResponse());
        }
        List<MockHttpServletResponse> refused = answers.stream().filter(a -> a.getStatus() == 429).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(10).allSatisfy(answer -> {
            assertThat(answer.getHeader("Retry-After")).isNotNull();
            assertThat(answer.getContentType()).startsWith("application/problem+json");
            assertThat(answer.getContentAsString()).contains("\"type\":\"/problems/too-many-requests\"");
        });
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/programmes").header("Authorization", basic("manager"))
                .contentType("application/json").content("{}")).andReturn().getResponse().getStatus())
                .as("another client is not held back").isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }
}
