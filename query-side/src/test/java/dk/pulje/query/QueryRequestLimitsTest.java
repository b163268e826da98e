package dk.pulje.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The query side sheds floods as the command side does: per signed-in user, and per address before the password
 * check. Buckets refill so slowly here (one request per 100 s) that none refills during a test.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:query-flood;DB_CLOSE_DELAY=-1",
            "pulje.requests.per-second=0.01",
            "pulje.requests.burst=5",
            "pulje.requests.address.per-second=0.01",
            "pulje.requests.address.burst=10"
        })
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class QueryRequestLimitsTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void a_flood_of_reads_from_one_user_is_answered_too_many_requests_with_retry_after() throws Exception {
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(send(get("/programmes", "viewer:demo"), "10.0.0." + i));
        }
        assertThat(answers.stream().filter(a -> a.getStatus() == 200)).hasSize(5);
        assertThat(answers.stream().filter(a -> a.getStatus() == 429))
                .hasSize(15)
                .allSatisfy(answer -> {
                    assertThat(answer.getHeader("Retry-After")).isNotNull();
                    assertThat(answer.getContentType()).startsWith("application/problem+json");
                    assertThat(answer.getContentAsString()).contains("\"type\":\"/problems/too-many-requests\"");
                });
        assertThat(send(get("/programmes", "auditor:demo"), "10.0.0.1").getStatus())
                .as("another user is not held back")
                .isEqualTo(200);
    }

    @Test
    void a_flood_of_public_reads_from_one_address_is_answered_too_many_requests() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            statuses.add(send(MockMvcRequestBuilders.get("/public/pools"), "10.0.1.1")
                    .getStatus());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses.subList(10, 15)).containsOnly(429);
        assertThat(send(MockMvcRequestBuilders.get("/public/pools"), "10.0.1.2").getStatus())
                .as("another address is not held back")
                .isEqualTo(200);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(sent -> {
                    sent.setRemoteAddr(address);
                    return sent;
                }))
                .andReturn()
                .getResponse();
    }

    private static MockHttpServletRequestBuilder get(String path, String credentials) {
        return MockMvcRequestBuilders.get(path)
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
