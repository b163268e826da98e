package dk.pulje.command.infra;

import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.personal.SealedContacts;
import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** Unique-key violations (SQLSTATE 23505 on PostgreSQL and H2) are concurrent appends: optimistic locking. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Every aggregate's commands are routed by annotations looked up once per command type. */
    @Bean
    CommandTargetResolver commandTargets() {
        return new CommandTargets();
    }

    /** Axon's serializer seals every contact person it stores with that person's key. */
    @Bean
    Jackson3SerializerCustomizer sealedContacts(PersonalDataKeys keys) {
        return SealedContacts.into(keys)::accept;
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Who asked, in which role: copied from each command's metadata onto the events it causes. */
    @Bean
    CorrelationDataProvider actorOrigin() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.USER, MetaDataKeys.ROLE, MetaDataKeys.ORGANISATION);
    }
}
