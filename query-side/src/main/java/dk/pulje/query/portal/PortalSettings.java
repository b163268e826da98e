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
 */
@ConfigurationProperties("pulje.portal")
public record PortalSettings(URI commandApi, Duration timeout) {

    public PortalSettings {
        commandApi = commandApi == null ? URI.create("http://localhost:8081") : commandApi;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
