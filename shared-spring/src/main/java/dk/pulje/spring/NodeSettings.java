package dk.pulje.spring;

import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nodeId names this node where nodes of one app share work (the deadline scheduler, the projections' segments);
 *               each node a name of its own. Left out, each app names the node itself.
 */
@ConfigurationProperties("pulje")
public record NodeSettings(@DefaultValue("") String nodeId) {

    public String nodeIdOr(Supplier<String> otherwise) {
        return nodeId.isBlank() ? otherwise.get() : nodeId;
    }
}
