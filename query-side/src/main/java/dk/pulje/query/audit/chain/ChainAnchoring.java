package dk.pulje.query.audit.chain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The anchor file and key, from the settings; anchors are written on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChainAnchoring {

    @Bean
    AnchorLog anchorLog(ChainSettings settings) {
        return AnchorLog.from(settings);
    }
}
