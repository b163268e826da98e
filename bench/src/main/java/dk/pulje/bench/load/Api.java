package dk.pulje.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Pulje's REST API as a client uses it: HTTP Basic as a bench user, JSON in and out. */
public final class Api {

    private final HttpClient http;
    private final String baseUrl;

    public Api(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** POSTs {@code json} as {@code user}; anything but a 2xx answer is thrown with its problem detail. */
    public HttpResponse<String> post(String path, String user, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", BenchUsers.basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return expectOk(http.send(request, HttpResponse.BodyHandlers.ofString()), "POST " + path);
    }

    /** GETs as {@code user} and answers whatever came back. */
    public HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", BenchUsers.basic(user))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** GETs as {@code user}, waiting for the read models to reach {@code consistencyToken}. */
    public HttpResponse<String> getAfter(String path, String user, String consistencyToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", BenchUsers.basic(user))
                .header("Pulje-Consistency-Token", consistencyToken)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
