package dk.pulje.query.portal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The applicant portal's settings.
 *
 * @param commandApi where the command side's REST API answers; the portal sends every command there, as the
 *     signed-in applicant
 * @param timeout how long the portal waits for the command side's answer
 * @param oidcRegistration the OIDC client registration ({@code spring.security.oauth2.client.registration.<id>.*})
 *     applicants sign in through; unset, the only one configured. Without any, applicants sign in with a password
 *     (the demo users)
 */
@ConfigurationProperties("pulje.portal")
public record PortalSettings(URI commandApi, Duration timeout, String oidcRegistration) {

    public PortalSettings {
        commandApi = commandApi == null ? URI.create("http://localhost:8081") : commandApi;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        oidcRegistration = oidcRegistration == null || oidcRegistration.isBlank() ? null : oidcRegistration.strip();
    }
}
