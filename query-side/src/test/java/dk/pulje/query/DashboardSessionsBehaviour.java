package dk.pulje.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Several query nodes on one database, as behind a load balancer: a dashboard sign-in made on one node is honoured
 * by another, and by a node started again, because the session lives in the database. Real HTTP, a browser's cookie.
 * {@link DashboardSessionsOnH2Test} runs it on the embedded profile, {@link DashboardSessionsOnPostgresTest} on
 * PostgreSQL.
 */
abstract class DashboardSessionsBehaviour {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** The profiles and arguments that put a node on this test's database. */
    abstract List<String> profiles();

    abstract List<String> database();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void a_sign_in_on_one_node_is_honoured_by_another_and_survives_a_restart() throws Exception {
        ConfigurableApplicationContext a = start("query-a");
        ConfigurableApplicationContext b = start("query-b");

        HttpResponse<String> form = get(a, "/dashboard/login", null);
        String anonymous = cookie(form).orElseThrow();
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(uri(a, "/dashboard/login"))
                        .header("Cookie", "SESSION=" + anonymous)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=viewer&password=demo&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
        String session = cookie(signIn).orElseThrow();
        assertThat(session).as("a new session id once signed in").isNotEqualTo(anonymous);
        assertThat(signIn.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(set ->
                        assertThat(set).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));

        assertThat(get(b, "/dashboard", null).statusCode())
                .as("no cookie, no entry")
                .isEqualTo(302);
        assertSignedIn(b, session);
        assertSignedIn(a, session);

        nodes.remove(a);
        a.close();
        ConfigurableApplicationContext restarted = start("query-a");
        assertSignedIn(restarted, session);

        HttpResponse<String> forged = get(restarted, "/dashboard", session.substring(1) + "A");
        assertThat(forged.statusCode()).as("an unknown session").isEqualTo(302);
        String nul = Base64.getEncoder().encodeToString("\u0000not a session".getBytes(StandardCharsets.UTF_8));
        assertThat(get(restarted, "/dashboard", nul).statusCode())
                .as("a session id that is no text a database takes")
                .isEqualTo(302);

        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(uri(restarted, "/pools"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("viewer:demo".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Set-Cookie"))
                .as("the API keeps no session")
                .isEmpty();
    }

    private void assertSignedIn(ConfigurableApplicationContext node, String session) throws Exception {
        HttpResponse<String> page = get(node, "/dashboard?lang=en", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Signed in as viewer");
    }

    private ConfigurableApplicationContext start(String node) {
        List<String> arguments = new ArrayList<>(database());
        arguments.addAll(List.of("--server.port=0", "--spring.jmx.enabled=false", "--pulje.node-id=" + node));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QuerySideApplication.class)
                .profiles(profiles().toArray(String[]::new))
                .run(arguments.toArray(String[]::new));
        nodes.add(context);
        return context;
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        Environment environment = node.getEnvironment();
        return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .flatMap(set -> {
                    Matcher session = SESSION.matcher(set);
                    return session.find() ? Stream.of(session.group(1)) : Stream.empty();
                })
                .findFirst();
    }
}
