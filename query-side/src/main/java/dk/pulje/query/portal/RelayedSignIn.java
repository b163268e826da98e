package dk.pulje.query.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The applicant's sign-in, relayed: the portal sends commands to the command side as the applicant who signed in, so
 * the command side judges the same rights and signs the submission with the same identity as when the applicant
 * calls the API. Signed in through the OIDC provider ({@link OidcSignIn}), what is relayed is the user's access token
 * as a bearer token, kept with its refresh token in the server-side session and renewed with it once expired; when it
 * cannot be, the applicant signs in again. No password is kept then. In the demo, where MitID Erhverv is simulated by
 * the demo users' passwords, what is relayed is the user's HTTP Basic credential ({@link KeptPassword}), kept in the
 * server-side session (never in a cookie) and gone with it.
 */
@Component
class RelayedSignIn {

    static final String PASSWORD = "pulje.portal.relayed-sign-in";

    private final OidcSignIn oidc;
    private final OAuth2AuthorizedClientManager tokens;
    private final Clock clock;

    RelayedSignIn(OidcSignIn oidc, OAuth2AuthorizedClientRepository authorizedClients, Clock clock) {
        this.oidc = oidc;
        this.clock = clock;
        this.tokens = oidc.registration()
                .map(registration -> {
                    DefaultOAuth2AuthorizedClientManager manager =
                            new DefaultOAuth2AuthorizedClientManager(oidc.repository(), authorizedClients);
                    manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                            .authorizationCode()
                            .refreshToken()
                            .build());
                    return (OAuth2AuthorizedClientManager) manager;
                })
                .orElse(null);
    }

    /** The Authorization header to send for the signed-in applicant; empty if they must sign in (again) first. */
    Optional<String> authorization(HttpServletRequest request, HttpServletResponse response) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (tokens != null && user instanceof OAuth2AuthenticationToken signedIn) {
            return accessToken(signedIn, request, response).map(token -> "Bearer " + token.getTokenValue());
        }
        HttpSession session = request.getSession(false);
        Object basic = session == null ? null : session.getAttribute(PASSWORD);
        return Optional.ofNullable(basic).map(credential -> "Basic " + credential);
    }

    /** Where an applicant whose sign-in can no longer be relayed signs in again. */
    String signInAgain() {
        return oidc.registration().isPresent() ? oidc.start() : "/portal/login";
    }

    private Optional<OAuth2AccessToken> accessToken(
            OAuth2AuthenticationToken user, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizeRequest authorize = OAuth2AuthorizeRequest.withClientRegistrationId(
                        user.getAuthorizedClientRegistrationId())
                .principal(user)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build();
        OAuth2AuthorizedClient client;
        try {
            client = tokens.authorize(authorize);
        } catch (OAuth2AuthorizationException refreshRefused) {
            return Optional.empty();
        }
        // Without a refresh token an expired access token comes back as it was; the command side would refuse it.
        return Optional.ofNullable(client)
                .map(OAuth2AuthorizedClient::getAccessToken)
                .filter(token ->
                        token.getExpiresAt() == null || token.getExpiresAt().isAfter(clock.instant()));
    }

    /** The password sign-in's success: keeps the user's HTTP Basic credential in the session, to relay. */
    static final class KeptPassword extends SavedRequestAwareAuthenticationSuccessHandler {

        KeptPassword() {
            setDefaultTargetUrl("/portal/applications");
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, ServletException {
            String basic = authentication.getName() + ":" + request.getParameter("password");
            request.getSession()
                    .setAttribute(PASSWORD, Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
