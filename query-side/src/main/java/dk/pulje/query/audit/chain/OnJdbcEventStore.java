package dk.pulje.query.audit.chain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Only with the JDBC event store, whose events are rows of {@code DomainEventEntry}: reading them by SQL
 * ({@link TableEvents}) and re-linking a chain made in format 1 ({@link ChainFormatTwo}). On the axonserver profile
 * the events are in Axon Server, and the chain reads them back from its event stream ({@link StreamedEvents}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public @interface OnJdbcEventStore {}
