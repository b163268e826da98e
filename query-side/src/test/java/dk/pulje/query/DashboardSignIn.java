package dk.pulje.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Signs in to the dashboard through its login form with the form's CSRF token, as a browser does: the session lives
 * in the database (Spring Session) and the browser holds only its cookie.
 */
final class DashboardSignIn {

    static final String COOKIE = "SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private DashboardSignIn() {}

    /** The session cookie of the demo user, signed in with the demo password. */
    static Cookie as(MockMvcTester mvc, String user) throws Exception {
        MvcTestResult form = mvc.get().uri("/dashboard/login").exchange();
        Cookie session = form.getResponse().getCookie(COOKIE);
        assertThat(session).as("the login form's session").isNotNull();
        Matcher token = CSRF.matcher(form.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        MvcTestResult signedIn = mvc.post()
                .uri("/dashboard/login")
                .cookie(session)
                .param("username", user)
                .param("password", "demo")
                .param("_csrf", token.group(1))
                .exchange();
        assertThat(signedIn).hasStatus(302).hasRedirectedUrl("/dashboard");
        // Signing in gives the session a new id (against session fixation), and the browser its new cookie.
        Cookie renewed = signedIn.getResponse().getCookie(COOKIE);
        return renewed == null ? session : renewed;
    }

    static Cookie as(MockMvc mvc, String user) throws Exception {
        return as(MockMvcTester.create(mvc), user);
    }
}
