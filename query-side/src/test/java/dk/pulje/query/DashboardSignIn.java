package dk.pulje.query;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs in to the dashboard through its login form with the form's CSRF token, as a browser does. */
final class DashboardSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private DashboardSignIn() {
    }

    /** The session of the demo user, signed in with the demo password. */
    static MockHttpSession as(MockMvcTester mvc, String user) throws Exception {
        MvcTestResult form = mvc.get().uri("/dashboard/login").exchange();
        MockHttpSession session = (MockHttpSession) form.getRequest().getSession();
        Matcher token = CSRF.matcher(form.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        assertThat(mvc.post().uri("/dashboard/login").session(session).param("username", user)
                .param("password", "demo").param("_csrf", token.group(1)).exchange())
                .hasStatus(302).hasRedirectedUrl("/dashboard");
        return session;
    }
}
