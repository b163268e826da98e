package dk.pulje.query.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Requests to either app on this machine as a demo user (HTTP Basic, every password "demo"), or as nobody. */
public final class DemoHttp {

    private static final HttpClient http = HttpClient.newHttpClient();

    private DemoHttp() {}

    public static HttpResponse<String> post(int port, String path, String user, String json)
            throws IOException, InterruptedException {
        return http.send(
                request(port, path, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> get(int port, String path, String user)
            throws IOException, InterruptedException {
        return get(port, path, user, -1);
    }

    /** Uploads {@code content} as the part {@code file} of a multipart form, as the command side's documents take it. */
    public static HttpResponse<String> upload(int port, String path, String user, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "pulje-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(
                request(port, path, user)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.concat(
                                HttpRequest.BodyPublishers.ofByteArray(head),
                                HttpRequest.BodyPublishers.ofByteArray(content),
                                HttpRequest.BodyPublishers.ofByteArray(tail)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** With a consistency token of 0 or more, the read waits until the read models have that position. */
    public static HttpResponse<String> get(int port, String path, String user, long consistencyToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(port, path, user).GET();
        if (consistencyToken >= 0) {
            request.header("Pulje-Consistency-Token", Long.toString(consistencyToken));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
