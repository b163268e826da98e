package dk.pulje.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard's login form is limited in failed sign-ins as the API is: past a few, 429 before the password is
 * checked, while the right password from another address still signs in.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:dashboard-sign-ins;DB_CLOSE_DELAY=-1",
            "pulje.requests.failed-sign-ins.per-minute=0.001",
            "pulje.requests.failed-sign-ins.burst=5"
        })
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class DashboardSignInLimitTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    private MockMvc mvc;

    @MockitoSpyBean
    private PasswordEncoder passwords;

    @Test
    void wrong_passwords_in_the_login_form_are_answered_too_many_requests_before_the_password_is_checked()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("viewer", "guess" + i, "10.3.0.1").getRedirectedUrl())
                    .isEqualTo("/dashboard/login?error");
        }
        clearInvocations(passwords);

        MockHttpServletResponse limited = signIn("viewer", "demo", "10.3.0.1");

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotNull();
        assertThat(limited.getContentType()).startsWith("application/problem+json");
        assertThat(limited.getContentAsString()).contains("\"type\":\"/problems/too-many-requests\"");
        verify(passwords, never()).matches(any(), any());

        assertThat(signIn("viewer", "demo", "10.3.0.2").getRedirectedUrl())
                .as("the right password from another address")
                .isEqualTo("/dashboard");
    }

    private MockHttpServletResponse signIn(String user, String password, String address) throws Exception {
        MvcResult form = mvc.perform(
                        MockMvcRequestBuilders.get("/dashboard/login").with(from(address)))
                .andReturn();
        Cookie session = form.getResponse().getCookie(DashboardSignIn.COOKIE);
        Matcher token = CSRF.matcher(form.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        return mvc.perform(MockMvcRequestBuilders.post("/dashboard/login")
                        .cookie(session)
                        .with(from(address))
                        .param("username", user)
                        .param("password", password)
                        .param("_csrf", token.group(1)))
                .andReturn()
                .getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
