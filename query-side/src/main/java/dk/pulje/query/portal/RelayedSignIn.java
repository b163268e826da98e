package dk.pulje.query.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * The applicant's sign-in, relayed: the portal sends commands to the command side as the applicant who signed in, so
 * the command side judges the same rights and signs the submission with the same identity as when the applicant
 * calls the API. In the demo, where MitID Erhverv is simulated by the demo users' passwords, what is relayed is the
 * user's HTTP Basic credential, kept in the server-side session (never in a cookie) and gone with it; with an OIDC
 * sign-in it would be the user's access token.
 */
final class RelayedSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String ATTRIBUTE = "pulje.portal.relayed-sign-in";

    RelayedSignIn() {
        setDefaultTargetUrl("/portal/applications");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        String basic = authentication.getName() + ":" + request.getParameter("password");
        request.getSession()
                .setAttribute(ATTRIBUTE, Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** The Authorization header to send for the session's applicant; empty if they signed in elsewhere. */
    static Optional<String> authorization(HttpSession session) {
        Object basic = session == null ? null : session.getAttribute(ATTRIBUTE);
        return Optional.ofNullable(basic).map(credential -> "Basic " + credential);
    }
}
