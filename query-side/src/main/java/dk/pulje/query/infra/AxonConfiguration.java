package dk.pulje.query.infra;

import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.personal.SealedContacts;
import dk.pulje.spring.NodeSettings;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * A projection that fails on an event must not skip it (Axon's default only logs): the failure stops the
     * segment, which retries the same event with back-off until it succeeds, so no read model silently lacks it.
     */
    @Bean
    ConfigurerModule projectionsNeverSkipEvents() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * No correlation data: the query side sends no message on from one it handles. Axon's default took it from every
     * event a processor handled, for the result message it makes of each, and so deserialized every event's metadata.
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }

    /**
     * A new projection starts at the first event without asking the event store where that is. Axon's default asks
     * for the tail token before the processor may start, and on the axonserver profile that is a call to Axon Server:
     * unreachable, it failed the whole app's start-up, where readiness should say so and the app retry.
     */
    @Bean
    @ConditionalOnBooleanProperty("axon.axonserver.enabled")
    ConfigurerModule projectionsStartWithoutAskingAxonServer() {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(
                        (configuration, processor) -> processor.initialToken(source -> null));
    }

    /**
     * Axon's serializer (it takes one customizer) opens sealed contact persons with their person's key. And a replay
     * stores a ReplayToken, whose fields name their classes and one of which is typed Object; Jackson 3 refuses such
     * polymorphism unless told which classes may be named. Only Axon's tracking tokens may.
     */
    @Bean
    Jackson3SerializerCustomizer axonJson(PersonalDataKeys keys) {
        Consumer<JsonMapper.Builder> sealedContacts = SealedContacts.into(keys);
        return mapper -> sealedContacts.accept(mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.eventhandling.")
                .build()));
    }

    /**
     * The token store, with a configurable node id: segments are claimed in the name of the node, so two query
     * nodes in one process (as in the tests) or behind one host name must not share a name. By default the JVM's
     * pid@host names the node, as in Axon.
     */
    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider,
            DataSource dataSource,
            Serializer serializer,
            NodeSettings node,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        JdbcTokenStore.Builder tokens = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .claimTimeout(claimTimeout);
        return new NodeTokenStore(node.nodeId().isBlank() ? tokens : tokens.nodeId(node.nodeId()), dataSource);
    }
}
