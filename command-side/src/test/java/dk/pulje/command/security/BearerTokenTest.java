package dk.pulje.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.pulje.command.api.CommandApiTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An OIDC provider's signed JWT is a way in beside the demo users: its roles claim gives the role, its organisation
 * claim whom an applicant acts for; a token signed by anyone else is refused.
 */
@ActiveProfiles({"embedded", "demo"})
class BearerTokenTest extends CommandApiTestSupport {

    private static final KeyPair PROVIDER = keys();
    private static final KeyPair STRANGER = keys();
    private static final String AUDIENCE = "https://pulje.example.dk";

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws Exception {
        Path key = Files.createTempFile("provider", ".pem");
        Files.writeString(
                key,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(PROVIDER.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        key.toFile().deleteOnExit();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:bearer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void a_signed_token_names_the_role_and_the_organisation_and_a_foreign_one_is_refused() throws Exception {
        String programme = "oidc-" + UUID.randomUUID();
        send(
                        "/programmes",
                        token(PROVIDER, "mette", List.of("POOL_MANAGER"), null),
                        "{\"id\": \"" + programme + "\", \"name\": \"OIDC\", \"envelope\": \"1000000.00\"}")
                .andExpect(status().isCreated());
        send(
                        "/programmes",
                        token(PROVIDER, "ines", List.of("APPLICANT"), "municipality:751"),
                        "{\"id\": \"x-" + programme + "\", \"name\": \"No\", \"envelope\": \"1.00\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        send(
                        "/programmes",
                        token(STRANGER, "mette", List.of("POOL_MANAGER"), null),
                        "{\"id\": \"y-" + programme + "\", \"name\": \"No\", \"envelope\": \"1.00\"}")
                .andExpect(status().isUnauthorized());

        clock.setCopenhagen("2017-03-01T10:00:00");
        String pool = "oidc-pool-" + UUID.randomUUID();
        send(
                        "/programmes/" + programme + "/pools",
                        token(PROVIDER, "mette", List.of("POOL_MANAGER"), null),
                        """
                {"id": "%s", "title": "OIDC", "budget": "1000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "c", "title": "C"}], "limits": {"minimum": "1.00", "maximum": "1000000.00"},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"}}""".formatted(pool))
                .andExpect(status().isCreated());
        send("/pools/" + pool + "/publication", token(PROVIDER, "mette", List.of("POOL_MANAGER"), null), "{}")
                .andExpect(status().isAccepted());
        String aarhus = """
                {"applicant": {"kind": "MUNICIPALITY", "municipality": "751"}, "projectTitle": "T",
                 "amountRequested": "1000.00", "budget": {"2018": "1000.00"}, "activityCategory": "c",
                 "contact": {"name": "Kim", "email": "kim@example.dk"}}""";
        send(
                        "/pools/" + pool + "/applications",
                        token(PROVIDER, "ole", List.of("APPLICANT"), "municipality:461"),
                        aarhus)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-your-application"));
        send(
                        "/pools/" + pool + "/applications",
                        token(PROVIDER, "ines", List.of("APPLICANT"), "municipality:751"),
                        aarhus)
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                                + "AND CAST(metaData AS VARCHAR(10000)) LIKE '%\"userId\":\"ines\"%'",
                        Long.class, pool))
                .isEqualTo(1);
        String submitted = new String(
                jdbc.queryForObject(
                        "SELECT payload FROM DomainEventEntry WHERE "
                                + "aggregateIdentifier = ? AND payloadType = 'dk.pulje.shared.application.ApplicationSubmitted'",
                        byte[].class,
                        pool),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(submitted)
                .as("signed by the token's user for her organisation, identified by its provider")
                .contains(
                        "\"signedBy\":\"ines\"",
                        "\"organisation\":\"municipality:751\"",
                        "\"identifiedBy\":\"OIDC\"",
                        "\"issuer\":\"https://mitid-erhverv.example.dk\"",
                        "\"assurance\":\"https://data.gov.dk/concept/core/nsis/loa/Substantial\"");
    }

    @Test
    void a_token_for_another_audience_or_for_none_is_refused() throws Exception {
        String programme = "{\"id\": \"aud-" + UUID.randomUUID() + "\", \"name\": \"No\", \"envelope\": \"1.00\"}";
        send(
                        "/programmes",
                        token(
                                PROVIDER,
                                claims -> claims.audience("https://another.example.dk")
                                        .claim("preferred_username", "mette")
                                        .claim("roles", List.of("POOL_MANAGER"))),
                        programme)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/unauthenticated"));
        send(
                        "/programmes",
                        token(
                                PROVIDER,
                                claims -> claims.audience((String) null)
                                        .claim("preferred_username", "mette")
                                        .claim("roles", List.of("POOL_MANAGER"))),
                        programme)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/unauthenticated"));
    }

    @Test
    void a_role_pulje_does_not_know_gives_no_right_and_never_an_error() throws Exception {
        String programme = "unknown-role-" + UUID.randomUUID();
        send(
                        "/programmes",
                        token(PROVIDER, "mette", List.of("SUPERUSER"), null),
                        "{\"id\": \"" + programme + "\", \"name\": \"No\", \"envelope\": \"1.00\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        send(
                        "/programmes",
                        token(
                                PROVIDER,
                                claims -> claims.claim("preferred_username", "mette")
                                        .claim("roles", java.util.Map.of("admin", true))),
                        "{\"id\": \"" + programme + "\", \"name\": \"No\", \"envelope\": \"1.00\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        send(
                        "/programmes",
                        token(PROVIDER, "mette", List.of("SUPERUSER", "SYSTEM", "POOL_MANAGER"), null),
                        "{\"id\": \"" + programme + "\", \"name\": \"Known role\", \"envelope\": \"1.00\"}")
                .andExpect(status().isCreated());
        assertThat(new String(
                        jdbc.queryForObject(
                                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                                byte[].class,
                                programme),
                        java.nio.charset.StandardCharsets.UTF_8))
                .as("Pulje's own role is never a token's")
                .contains("\"role\":\"POOL_MANAGER\"");
    }

    private ResultActions send(String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .content(json));
    }

    private static String token(KeyPair signer, String user, List<String> roles, String organisation) throws Exception {
        return token(signer, claims -> {
            claims.claim("preferred_username", user).claim("roles", roles);
            if (organisation != null) {
                claims.claim("organisation", organisation);
            }
        });
    }

    private static String token(KeyPair signer, Consumer<JWTClaimsSet.Builder> specific) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .audience(AUDIENCE)
                .issueTime(new Date())
                .issuer("https://mitid-erhverv.example.dk")
                .claim("acr", "https://data.gov.dk/concept/core/nsis/loa/Substantial")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        specific.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
