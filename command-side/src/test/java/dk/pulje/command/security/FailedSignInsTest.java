package dk.pulje.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dk.pulje.command.api.CommandApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Guessing passwords is limited apart from sending requests: a few failed sign-ins per address and per name, then
 * 429 before the password is checked, so a guess past the limit costs no bcrypt. A name being guessed does not lock
 * its user out: from an address that has not failed, the right password still signs in. Buckets refill so slowly
 * here (one failure per 1,000 minutes) that none refills during a test; each test sends from addresses of its own.
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:failed-sign-ins;DB_CLOSE_DELAY=-1",
            "pulje.requests.failed-sign-ins.per-minute=0.001",
            "pulje.requests.failed-sign-ins.burst=5"
        })
class FailedSignInsTest extends CommandApiTestSupport {

    @MockitoSpyBean
    private PasswordEncoder passwords;

    @BeforeEach
    void countAfresh() {
        clearInvocations(passwords);
    }

    @Test
    void wrong_passwords_from_one_address_are_answered_too_many_requests_before_the_password_is_checked()
            throws Exception {
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(send(createProgramme("assessor:guess" + i), "10.2.0.1"));
        }

        assertThat(answers.subList(0, 5))
                .allSatisfy(answer -> assertThat(answer.getStatus()).isEqualTo(401));
        assertThat(answers.subList(5, 20)).allSatisfy(answer -> {
            assertThat(answer.getStatus()).isEqualTo(429);
            assertThat(answer.getHeader("Retry-After")).isNotNull();
            assertThat(answer.getContentType()).startsWith("application/problem+json");
            assertThat(answer.getContentAsString()).contains("\"type\":\"/problems/too-many-requests\"");
        });
        verify(passwords, times(5)).matches(any(), any());

        clearInvocations(passwords);
        assertThat(send(createProgramme("approver:demo"), "10.2.0.1").getStatus())
                .as("even the right password, from the address that guessed")
                .isEqualTo(429);
        verify(passwords, never()).matches(any(), any());
    }

    @Test
    void many_addresses_guessing_one_name_do_not_lock_its_user_out() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(send(createProgramme("Manager:guess" + i), "10.2.1." + i).getStatus())
                    .isIn(401, 429);
        }
        clearInvocations(passwords);
        assertThat(send(createProgramme("manager:guess"), "10.2.1.1").getStatus())
                .as("an address that guessed the name, once the name has had its failures")
                .isEqualTo(429);
        verify(passwords, never()).matches(any(), any());

        assertThat(send(createProgramme("manager:demo"), "10.2.1.100").getStatus())
                .as("the manager, from an address that has not failed")
                .isEqualTo(400);
        assertThat(send(createProgramme("manager:demo"), "10.2.1.100").getStatus())
                .isEqualTo(400);
    }

    @Test
    void a_successful_sign_in_does_not_count() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(send(createProgramme("finance:demo"), "10.2.2.1").getStatus())
                    .isEqualTo(403);
        }
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
        return MockMvcRequestBuilders.post("/programmes")
                .contentType("application/json")
                .content("{}")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
