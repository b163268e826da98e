package dk.pulje.spring.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Fails closed: an app that takes JWTs takes only those made for Pulje, whose {@code aud} claim names one of
 * {@code spring.security.oauth2.resourceserver.jwt.audiences} (Spring Boot checks it); without that setting, a token
 * the provider issued to any other of its clients would be let in, so the app does not start.
 */
public final class JwtAudience implements SmartInitializingSingleton {

    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

    private final ObjectProvider<JwtDecoder> decoders;
    private final List<String> audiences;

    JwtAudience(ObjectProvider<JwtDecoder> decoders, Environment environment) {
        this.decoders = decoders;
        this.audiences =
                Binder.get(environment).bind(AUDIENCES, Bindable.listOf(String.class)).orElse(List.of()).stream()
                        .filter(audience -> !audience.isBlank())
                        .toList();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (audiences.isEmpty() && decoders.getIfAvailable() != null) {
            throw new IllegalStateException("JWTs are accepted, and no audience is set: set "
                    + "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES (" + AUDIENCES + ") to the audience the "
                    + "OIDC provider writes into the tokens it issues for Pulje");
        }
    }
}
