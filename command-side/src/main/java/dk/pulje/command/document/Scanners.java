package dk.pulje.command.document;

import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ClamAV where {@code pulje.documents.clamav.host} is set; otherwise no scanning at all. */
@Configuration
@EnableConfigurationProperties(ScannerSettings.class)
class Scanners {

    @Bean
    DocumentScanner documentScanner(ScannerSettings settings) {
        if (settings.host() == null || settings.host().isBlank()) {
            return content -> Optional.empty();
        }
        return new ClamAvScanner(settings.host(), settings.port(), settings.timeout());
    }
}
