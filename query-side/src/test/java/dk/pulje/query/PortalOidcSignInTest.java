package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal signs applicants in through an OIDC provider when one is configured (here one in the test, signing its
 * tokens with a test key): the authorization code flow with PKCE, then each command goes to the command side with
 * the user's access token as a bearer token, renewed with the refresh token once expired, and the applicant signs in
 * again when it cannot be. No password of the user is in the session, and signing out goes on to the provider's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class PortalOidcSignInTest {

    private static final String PROVIDER_PASSWORD = "the-provider-knows-this-password";
    private static final String SESSION = "SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final FakeOidcProvider PROVIDER = FakeOidcProvider.start();
    private static final CommandApiStub COMMANDS = CommandApiStub.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        String registration = "spring.security.oauth2.client.registration.mitid-erhverv.";
        registry.add(registration + "client-id", () -> FakeOidcProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> FakeOidcProvider.CLIENT_SECRET);
        registry.add(registration + "scope", () -> "openid,offline_access");
        registry.add("spring.security.oauth2.client.provider.mitid-erhverv.issuer-uri", PROVIDER::issuer);
        registry.add("pulje.portal.command-api", COMMANDS::url);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
        COMMANDS.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionRepository<? extends Session> sessions;

    private final HttpClient browser = HttpClient.newHttpClient();
    private PoolId pool;

    @BeforeEach
    void aPublishedPool() {
        PROVIDER.user("aarhus", PROVIDER_PASSWORD, "municipality:751", "APPLICANT");
        PROVIDER.accessTokensLast(Duration.ofHours(1));
        PROVIDER.refusesRefresh(false);
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        pool = PoolId.random();
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", Role.POOL_MANAGER, "2017-02-06T08:00:00Z", null)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(mvc.perform(MockMvcRequestBuilders.get("/portal/pools/" + pool.value()))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .isEqualTo(200));
    }

    @Test
    void an_applicant_signs_in_through_the_provider_and_the_portal_relays_the_access_token() throws Exception {
        String login = mvc.perform(MockMvcRequestBuilders.get("/portal/login"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(login)
                .contains("href=\"/portal/oauth2/authorization/mitid-erhverv\"")
                .doesNotContain("type=\"password\"");

        Cookie session = signIn("aarhus");
        String signedInToken = PROVIDER.lastAccessToken();
        int refreshed = PROVIDER.refreshes();

        MockHttpServletResponse registered = register(session, "meeting-1");
        assertThat(registered.getRedirectedUrl()).contains("registered=meeting-1");
        assertThat(COMMANDS.calls()).containsExactly("POST /meetings/meeting-1/registrations Bearer " + signedInToken);
        assertThat(PROVIDER.refreshes()).as("no renewal of a valid token").isEqualTo(refreshed);

        Session kept = sessions.findById(sessionId(session));
        assertThat(kept.getAttributeNames()).doesNotContain("pulje.portal.relayed-sign-in");
        String everythingKept = String.join(
                "\n",
                kept.getAttributeNames().stream()
                        .map(name -> serialized(kept.getAttribute(name)))
                        .toList());
        assertThat(everythingKept)
                .as("the session keeps the tokens, never a password")
                .contains(signedInToken)
                .doesNotContain(PROVIDER_PASSWORD)
                .doesNotContain(Base64.getEncoder()
                        .encodeToString(("aarhus:" + PROVIDER_PASSWORD).getBytes(StandardCharsets.UTF_8)));

        MockHttpServletResponse signedOut = mvc.perform(MockMvcRequestBuilders.post("/portal/logout")
                        .cookie(session)
                        .param("_csrf", csrf(session)))
                .andReturn()
                .getResponse();
        assertThat(signedOut.getRedirectedUrl())
                .as("RP-initiated logout at the provider")
                .startsWith(PROVIDER.issuer() + "/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=");
        assertThat(signedOut.getHeader("Content-Security-Policy")).contains("form-action 'self' " + PROVIDER.issuer());
        assertThat(sessions.findById(sessionId(session)))
                .as("the portal's session ended")
                .isNull();
    }

    @Test
    void an_expired_access_token_is_renewed_with_the_refresh_token_and_else_the_applicant_signs_in_again()
            throws Exception {
        PROVIDER.accessTokensLast(Duration.ofSeconds(5));
        Cookie session = signIn("aarhus");
        String signedInToken = PROVIDER.lastAccessToken();
        int refreshed = PROVIDER.refreshes();

        assertThat(register(session, "meeting-2").getRedirectedUrl()).contains("registered=meeting-2");
        assertThat(PROVIDER.refreshes()).isEqualTo(refreshed + 1);
        assertThat(PROVIDER.lastAccessToken()).isNotEqualTo(signedInToken);
        assertThat(COMMANDS.calls())
                .containsExactly("POST /meetings/meeting-2/registrations Bearer " + PROVIDER.lastAccessToken());

        PROVIDER.refusesRefresh(true);
        COMMANDS.calls().clear();
        assertThat(register(session, "meeting-3").getRedirectedUrl())
                .isEqualTo("/portal/oauth2/authorization/mitid-erhverv");
        assertThat(COMMANDS.calls()).as("nothing sent without a valid token").isEmpty();
    }

    /** The browser's way through the provider, answering its sign-in with the provider's own password. */
    private Cookie signIn(String user) throws Exception {
        MockHttpServletResponse start = mvc.perform(
                        MockMvcRequestBuilders.get("/portal/oauth2/authorization/mitid-erhverv"))
                .andReturn()
                .getResponse();
        Cookie session = start.getCookie(SESSION);
        URI authorize = URI.create(start.getRedirectedUrl());
        assertThat(authorize.toString())
                .startsWith(PROVIDER.issuer() + "/authorize?")
                .contains("code_challenge=", "code_challenge_method=S256", "nonce=");

        HttpResponse<String> atProvider = browser.send(
                HttpRequest.newBuilder(authorize)
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":" + PROVIDER_PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atProvider.statusCode()).isEqualTo(302);
        URI back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/portal/login/oauth2/code/mitid-erhverv");

        MultiValueMap<String, String> answer =
                UriComponentsBuilder.fromUri(back).build().getQueryParams();
        MockHttpServletResponse signedIn = mvc.perform(MockMvcRequestBuilders.get(back.getPath())
                        .param("code", answer.getFirst("code"))
                        .param("state", URLDecoder.decode(answer.getFirst("state"), StandardCharsets.UTF_8))
                        .cookie(session))
                .andReturn()
                .getResponse();
        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/portal/applications");
        Cookie renewed = signedIn.getCookie(SESSION);
        COMMANDS.calls().clear();
        return renewed == null ? session : renewed;
    }

    private MockHttpServletResponse register(Cookie session, String meeting) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/portal/meetings/" + meeting + "/registrations")
                        .cookie(session)
                        .param("_csrf", csrf(session))
                        .param("poolId", pool.value())
                        .param("name", "Kim Jensen")
                        .param("email", "kim.jensen@example.dk"))
                .andReturn()
                .getResponse();
    }

    private String csrf(Cookie session) throws Exception {
        Matcher token = CSRF.matcher(
                mvc.perform(MockMvcRequestBuilders.get("/portal/login").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).as("the sign-out form's CSRF token").isTrue();
        return token.group(1);
    }

    private static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    /** An attribute as the session's database row holds it (Java serialization), read as text. */
    private static String serialized(Object attribute) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attribute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /** The command side's API, answering every command 201 and noting what came and with which credential. */
    private static final class CommandApiStub implements AutoCloseable {

        private final HttpServer server;
        private final List<String> calls = new CopyOnWriteArrayList<>();

        private CommandApiStub(HttpServer server) {
            this.server = server;
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                calls.add(exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                exchange.sendResponseHeaders(201, -1);
                exchange.close();
            });
            server.start();
        }

        static CommandApiStub start() {
            try {
                return new CommandApiStub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<String> calls() {
            return calls;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
