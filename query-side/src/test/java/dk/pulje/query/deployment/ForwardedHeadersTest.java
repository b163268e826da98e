package dk.pulje.query.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * On Kubernetes or Cloud Foundry Spring Boot would believe {@code X-Forwarded-For} by itself, from any private
 * address, ahead of {@code pulje.requests.trusted-proxies}; the app's settings keep Tomcat from doing so there too.
 */
class ForwardedHeadersTest {

    @Test
    void on_a_cloud_platform_tomcat_does_not_take_the_client_address_from_forwarded_headers() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source :
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("platform", Map.of("spring.main.cloud-platform", "kubernetes")));
        Binder binder = Binder.get(environment);
        TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory();

        new TomcatWebServerFactoryCustomizer(
                        environment,
                        binder.bindOrCreate("server", ServerProperties.class),
                        binder.bindOrCreate("server.tomcat", TomcatServerProperties.class),
                        binder.bindOrCreate("spring.web", WebProperties.class))
                .customize(tomcat);

        assertThat(tomcat.getEngineValves()).noneMatch(RemoteIpValve.class::isInstance);
    }
}
