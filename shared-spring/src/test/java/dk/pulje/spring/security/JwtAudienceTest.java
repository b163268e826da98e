package dk.pulje.spring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class JwtAudienceTest {

    private final WebApplicationContextRunner app = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
            .withUserConfiguration(JwtAudience.class);

    @Test
    void an_app_that_takes_jwts_does_not_start_without_the_audience_its_tokens_must_name(@TempDir Path dir)
            throws Exception {
        String provider = "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey(dir);

        app.withPropertyValues(provider)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("JWTs are accepted, and no audience is set: set "
                                + "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES"));
        app.withPropertyValues(provider, "spring.security.oauth2.resourceserver.jwt.audiences=https://pulje.example.dk")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
        app.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JwtDecoder.class));
    }

    private static Path publicKey(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = dir.resolve("provider.pem");
        Files.writeString(
                key,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(
                                        generator.generateKeyPair().getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        return key;
    }
}
