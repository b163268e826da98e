package dk.pulje.query;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OIDC provider for tests, in the test's own process: discovery, a JWKS, an authorization endpoint that signs a
 * user in by the provider's own password and redirects back with a code, and a token endpoint that checks the PKCE
 * verifier and issues RS256-signed ID and access tokens (claims as MitID Erhverv brokers write them for Pulje:
 * {@code roles}, {@code organisation}, {@code preferred_username}) and renews them with a refresh token.
 */
final class FakeOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "pulje-portal";
    static final String CLIENT_SECRET = "portal-secret";
    static final String AUDIENCE = "pulje";

    private record User(String password, String organisation, List<String> roles) {}

    private record Grant(String user, String nonce, String codeChallenge, String redirectUri) {}

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile Duration accessTokenLifetime = Duration.ofHours(1);
    private volatile boolean refusesRefresh;
    private volatile String lastAccessToken;

    private FakeOidcProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    static FakeOidcProvider start() {
        try {
            return new FakeOidcProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void user(String name, String password, String organisation, String... roles) {
        users.put(name, new User(password, organisation, List.of(roles)));
    }

    /** How long the access tokens issued from now on last. */
    void accessTokensLast(Duration lifetime) {
        accessTokenLifetime = lifetime;
    }

    /** Whether the refresh tokens issued are refused from now on (as when the user's grant was revoked). */
    void refusesRefresh(boolean refuses) {
        refusesRefresh = refuses;
    }

    String lastAccessToken() {
        return lastAccessToken;
    }

    int refreshes() {
        return refreshes.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("end_session_endpoint", issuer() + "/logout");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "offline_access"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        json(exchange, 200, metadata);
    }

    /** The provider's own sign-in: the user's name and password in its own Basic header, then back with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String[] credential = new String(
                        Base64.getDecoder()
                                .decode(exchange.getRequestHeaders()
                                        .getFirst("Authorization")
                                        .substring("Basic ".length())),
                        StandardCharsets.UTF_8)
                .split(":", 2);
        User user = users.get(credential[0]);
        if (user == null
                || !user.password().equals(credential[1])
                || !CLIENT_ID.equals(query.get("client_id"))
                || !"S256".equals(query.get("code_challenge_method"))) {
            json(exchange, 400, Map.of("error", "access_denied"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(
                code,
                new Grant(credential[0], query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        exchange.getResponseHeaders()
                .add(
                        "Location",
                        query.get("redirect_uri") + "?code=" + code + "&state="
                                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String client = new String(
                Base64.getDecoder()
                        .decode(exchange.getRequestHeaders()
                                .getFirst("Authorization")
                                .substring("Basic ".length())),
                StandardCharsets.UTF_8);
        if (!client.equals(CLIENT_ID + ":" + CLIENT_SECRET)) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if ("refresh_token".equals(form.get("grant_type"))) {
            String user = refreshTokens.get(String.valueOf(form.get("refresh_token")));
            if (user == null || refusesRefresh) {
                json(exchange, 400, Map.of("error", "invalid_grant"));
                return;
            }
            refreshes.incrementAndGet();
            json(exchange, 200, tokens(user, null, false));
            return;
        }
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        if (grant == null
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.codeChallenge().equals(s256(String.valueOf(form.get("code_verifier"))))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        json(exchange, 200, tokens(grant.user(), grant.nonce(), true));
    }

    private Map<String, Object> tokens(String name, String nonce, boolean withIdToken) {
        User user = users.get(name);
        Instant now = Instant.now();
        Map<String, Object> response = new LinkedHashMap<>();
        String accessToken = sign(claims(name, user, now, accessTokenLifetime)
                .audience(AUDIENCE)
                .claim("scope", "openid offline_access")
                .build());
        lastAccessToken = accessToken;
        response.put("access_token", accessToken);
        response.put("token_type", "Bearer");
        response.put("expires_in", accessTokenLifetime.toSeconds());
        response.put("scope", "openid offline_access");
        String refreshToken = UUID.randomUUID().toString();
        refreshTokens.put(refreshToken, name);
        response.put("refresh_token", refreshToken);
        if (withIdToken) {
            response.put(
                    "id_token",
                    sign(claims(name, user, now, Duration.ofMinutes(5))
                            .audience(CLIENT_ID)
                            .claim("nonce", nonce)
                            .build()));
        }
        return response;
    }

    private JWTClaimsSet.Builder claims(String name, User user, Instant now, Duration lifetime) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .jwtID(UUID.randomUUID().toString())
                .subject("sub-" + name)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("preferred_username", name)
                .claim("organisation", user.organisation())
                .claim("roles", user.roles())
                .claim("assurance_level", "substantial");
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            return Base64URL.encode(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)))
                    .toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
