package dk.pulje.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.api.CommandApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A flood is answered 429 with Retry-After before it costs a command: a signed-in user is limited by who the
 * password proved them to be, anyone before that by the address they send from. Buckets refill so slowly here (one
 * request per 100 s) that none refills during a test; each test sends from addresses of its own.
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:flood;DB_CLOSE_DELAY=-1",
            "pulje.requests.per-second=0.01",
            "pulje.requests.burst=5",
            "pulje.requests.address.per-second=0.01",
            "pulje.requests.address.burst=10",
            "pulje.requests.max-clients=1000",
            "pulje.requests.trusted-proxies=10.9.9.9, 10.9.9.10"
        })
class RequestFloodTest extends CommandApiTestSupport {

    @Test
    void a_flood_from_one_client_is_answered_too_many_requests_with_retry_after() throws Exception {
        long before = events();
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(send(createProgramme("viewer:demo"), "10.0.0.1"));
        }
        List<MockHttpServletResponse> refused =
                answers.stream().filter(a -> a.getStatus() == 429).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(10).allSatisfy(answer -> {
            assertThat(answer.getHeader("Retry-After")).isNotNull();
            assertThat(answer.getContentType()).startsWith("application/problem+json");
            assertThat(answer.getContentAsString()).contains("\"type\":\"/problems/too-many-requests\"");
        });
        assertThat(send(createProgramme("manager:demo"), "10.0.0.2").getStatus())
                .as("another client is not held back")
                .isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void wrong_passwords_sent_in_a_users_name_do_not_hold_that_user_back() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            statuses.add(send(createProgramme("manager:guess" + i), "10.0.1.1").getStatus());
        }
        assertThat(statuses).containsOnly(401, 429).contains(429);

        assertThat(send(createProgramme("manager:demo"), "10.0.1.2").getStatus())
                .as("the real manager, from another address")
                .isEqualTo(400);
    }

    @Test
    void a_name_written_in_other_letter_cases_shares_its_users_bucket() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(createProgramme("aarhus:demo"), "10.0.2." + i).getStatus())
                    .isEqualTo(403);
        }
        assertThat(send(createProgramme("AARHUS:demo"), "10.0.2.10").getStatus())
                .isEqualTo(429);
        assertThat(send(createProgramme("Aarhus:demo"), "10.0.2.11").getStatus())
                .isEqualTo(429);
    }

    @Test
    void many_names_from_many_addresses_neither_clear_nor_evict_a_signed_in_users_bucket() throws Exception {
        for (int i = 0; i < 5; i++) {
            send(createProgramme("finance:demo"), "10.0.3.1");
        }
        assertThat(send(createProgramme("finance:demo"), "10.0.3.1").getStatus())
                .isEqualTo(429);

        for (int i = 0; i < 10_001; i++) {
            // A name without a password is refused before any password check, so the flood costs little here.
            send(createProgramme("stranger" + i), "10.1." + (i / 250) + "." + (i % 250));
        }

        assertThat(send(createProgramme("finance:demo"), "10.0.3.2").getStatus())
                .as("finance is still held back")
                .isEqualTo(429);
    }

    @Test
    void the_forwarded_address_counts_only_when_a_trusted_proxy_sends_it() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send(anonymous().header("X-Forwarded-For", "203.0.113." + i), "10.0.4.1")
                            .getStatus())
                    .isEqualTo(401);
        }
        assertThat(send(anonymous().header("X-Forwarded-For", "203.0.113.99"), "10.0.4.1")
                        .getStatus())
                .as("an untrusted sender's forwarded address is ignored")
                .isEqualTo(429);

        for (int i = 0; i < 10; i++) {
            assertThat(send(anonymous().header("X-Forwarded-For", "198.51.100.7"), "10.9.9.9")
                            .getStatus())
                    .isEqualTo(401);
        }
        assertThat(send(anonymous().header("X-Forwarded-For", "198.51.100.7"), "10.9.9.10")
                        .getStatus())
                .as("the client behind the proxy is held back, through any of the proxies")
                .isEqualTo(429);
        assertThat(send(anonymous().header("X-Forwarded-For", "198.51.100.7, 198.51.100.8"), "10.9.9.9")
                        .getStatus())
                .as("another client behind the same proxy is not")
                .isEqualTo(401);
        assertThat(send(anonymous().header("X-Forwarded-For", "198.51.100.9, 198.51.100.7, 10.9.9.10"), "10.9.9.9")
                        .getStatus())
                .as("a client behind two trusted proxies is the last address they did not add")
                .isEqualTo(429);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(sent -> {
                    sent.setRemoteAddr(address);
                    return sent;
                }))
                .andReturn()
                .getResponse();
    }

    private static MockHttpServletRequestBuilder createProgramme(String credentials) {
        return anonymous()
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static MockHttpServletRequestBuilder anonymous() {
        return MockMvcRequestBuilders.post("/programmes")
                .contentType("application/json")
                .content("{}");
    }
}
