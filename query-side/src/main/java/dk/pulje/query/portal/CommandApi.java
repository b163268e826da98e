package dk.pulje.query.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command side's REST API, called as the signed-in applicant: the portal sends every command through it, so a
 * command from a page meets the same rights, rules and idempotency as one sent to the API.
 */
@Component
class CommandApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortalSettings settings;
    private final HttpClient http;

    CommandApi(PortalSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** The command side's answer: its status and, for a refusal, the problem's type and detail; its body if JSON. */
    record Answer(int status, String problemType, String detail, JsonNode body) {

        Answer(int status, String problemType, String detail) {
            this(status, problemType, detail, null);
        }

        boolean accepted() {
            return status >= 200 && status < 300;
        }

        /** The problem type's last part, e.g. {@code already-exists}. */
        String problem() {
            return problemType == null ? "" : problemType.substring(problemType.lastIndexOf('/') + 1);
        }
    }

    /** Posts {@code body} to {@code path}, with an {@code Idempotency-Key} where one is given. */
    Answer post(String path, Object body, String authorization, Optional<String> idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(settings.commandApi().toString().replaceAll("/$", "") + path))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        idempotencyKey.ifPresent(key -> request.header("Idempotency-Key", key));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 300) {
                return new Answer(response.statusCode(), null, null);
            }
            JsonNode problem = readProblem(response.body());
            return new Answer(
                    response.statusCode(),
                    problem.path("type").asString(null),
                    problem.path("detail").asString(null));
        } catch (IOException unreachable) {
            return new Answer(503, null, null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer(503, null, null);
        }
    }

    /** Uploads {@code content} as the part {@code file} of a multipart form to {@code path}. */
    Answer upload(String path, String fileName, byte[] content, String authorization) {
        String boundary = "pulje-" + UUID.randomUUID();
        String quoted = fileName.replace("\\", "_").replace("\"", "_").replaceAll("[\\r\\n]", "_");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.commandApi().toString().replaceAll("/$", "") + path))
                .timeout(settings.timeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = readProblem(response.body());
            if (response.statusCode() < 300) {
                return new Answer(response.statusCode(), null, null, body);
            }
            return new Answer(
                    response.statusCode(),
                    body.path("type").asString(null),
                    body.path("detail").asString(null));
        } catch (IOException unreachable) {
            return new Answer(503, null, null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer(503, null, null);
        }
    }

    private static JsonNode readProblem(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode();
        }
    }
}
