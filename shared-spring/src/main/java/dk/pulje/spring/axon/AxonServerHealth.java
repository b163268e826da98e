package dk.pulje.spring.axon;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code axonServer} health component: up while the connection to Axon Server's context is. Axon 4.13 has one
 * too, but it is written against Spring Boot 3's health API and does not load on Spring Boot 4.
 */
public class AxonServerHealth extends AbstractHealthIndicator {

    private final AxonServerConnectionManager connections;

    public AxonServerHealth(AxonServerConnectionManager connections) {
        this.connections = connections;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        String context = connections.getDefaultContext();
        health.withDetail("context", context);
        if (connections.isConnected(context)) {
            health.up();
        } else {
            health.down();
        }
    }
}
