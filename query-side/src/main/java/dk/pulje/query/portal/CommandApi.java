package dk.pulje.query.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
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

    /** The command side's answer: its status and, for a refusal, the problem's type and detail. */
    record Answer(int status, String problemType, String detail) {

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

    private static JsonNode readProblem(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode();
        }
    }
}
