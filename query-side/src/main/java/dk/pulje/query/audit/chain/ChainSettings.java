package dk.pulje.query.audit.chain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The chain's anchoring ({@code pulje.chain}): the key anchors are authenticated with (Base64), the file they are
 * appended to, and how often the head is anchored. A blank key or file is none.
 */
@ConfigurationProperties("pulje.chain")
public record ChainSettings(String anchorKey, String anchorFile, Duration anchorInterval) {

    public ChainSettings {
        anchorInterval = anchorInterval == null ? Duration.ofMinutes(1) : anchorInterval;
    }
}
