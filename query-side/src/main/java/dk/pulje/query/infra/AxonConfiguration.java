package dk.pulje.query.infra;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * A projection that fails on an event must not skip it (Axon's default only logs): the failure stops the
     * segment, which retries the same event with back-off until it succeeds, so no read model silently lacks it.
     */
    @Bean
    ConfigurerModule projectionsNeverSkipEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * A replay stores a ReplayToken, whose fields name their classes and one of which is typed Object; Jackson 3
     * refuses such polymorphism unless told which classes may be named. Only Axon's tracking tokens may.
     */
    @Bean
    Jackson3SerializerCustomizer trackingTokenTypes() {
        return mapper -> mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.eventhandling.")
                .build());
    }
}
