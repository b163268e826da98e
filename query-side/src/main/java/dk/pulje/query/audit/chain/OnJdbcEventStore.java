package dk.pulje.query.audit.chain;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The hash chain covers the JDBC event store's table. On the axonserver profile the events are kept in Axon Server,
 * not in {@code DomainEventEntry}, so the chain, its verification and the audit package are not offered there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public @interface OnJdbcEventStore {
}
