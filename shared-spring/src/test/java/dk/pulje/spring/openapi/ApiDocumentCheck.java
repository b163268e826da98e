package dk.pulje.spring.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract an app's OpenAPI document keeps, checked against the app that serves it: every operation that is
 * refused without signing in names its security, and every one that is not names none; every operation names an
 * RFC 9457 problem answer for a 4xx status; every request body and every JSON answer says which properties it has
 * for certain. The document also equals the one committed under docs/openapi, which the API client is generated
 * from.
 */
public final class ApiDocumentCheck {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String PROBLEM = "#/components/schemas/" + ApiContract.PROBLEM;

    private final JsonNode document;

    private ApiDocumentCheck(JsonNode document) {
        this.document = document;
    }

    public static ApiDocumentCheck of(String served) {
        return new ApiDocumentCheck(JSON.readTree(served));
    }

    /**
     * Fails when the committed document differs from the one served, after writing the served one in its place, so
     * that the difference shows in the working tree and a commit takes it.
     */
    public void equalsCommitted(Path committed) throws IOException {
        JsonNode before = Files.exists(committed) ? JSON.readTree(Files.readString(committed)) : null;
        if (!document.equals(before)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writeValueAsString(document) + "\n");
        }
        assertThat(document.equals(before))
                .as(committed.normalize() + " is not what the app serves at /v3/api-docs; "
                        + "it has been rewritten with what it serves: review the difference (git diff) and commit it")
                .isTrue();
    }

    /**
     * @param anonymousStatus the status the app answers an operation (method, path with its variables filled in)
     *                        without credentials
     */
    public void keepsTheContract(BiFunction<String, String, Integer> anonymousStatus) {
        List<String> broken = new ArrayList<>();
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asString())
                .isEqualTo("basic");
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                operations++;
                boolean secured = operation.path("security").size() > 0;
                int anonymous = anonymousStatus.apply(
                        method.getKey().toUpperCase(), path.getKey().replaceAll("\\{[^}]+}", "contract-unknown"));
                if (secured != (anonymous == 401)) {
                    broken.add(name + ": " + (secured ? "names security" : "names no security") + " but answers "
                            + anonymous + " without signing in");
                }
                if (secured && !securedBy(operation, ApiContract.BEARER)) {
                    broken.add(name + ": no bearer token");
                }
                if (!hasAnswer(operation, "2")) {
                    broken.add(name + ": no 2xx answer");
                }
                if (!hasProblemAnswer(operation)) {
                    broken.add(name + ": no 4xx answer as application/problem+json with the Problem schema");
                }
                JsonNode body = operation.at("/requestBody/content/application~1json/schema");
                if (!body.isMissingNode() && !saysWhatIsRequired(body)) {
                    broken.add(name + ": its request body names no required properties");
                }
                for (Map.Entry<String, JsonNode> answer :
                        operation.path("responses").properties()) {
                    JsonNode schema = answer.getValue().at("/content/application~1json/schema");
                    if (answer.getKey().startsWith("2") && !schema.isMissingNode() && !saysWhatIsRequired(schema)) {
                        broken.add(name + ": its " + answer.getKey() + " answer names no required properties");
                    }
                }
            }
        }
        assertThat(broken).as("operations that break the API contract").isEmpty();
        assertThat(operations).isPositive();
    }

    private static boolean securedBy(JsonNode operation, String scheme) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.has(scheme)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnswer(JsonNode operation, String statusClass) {
        for (Map.Entry<String, JsonNode> answer : operation.path("responses").properties()) {
            if (answer.getKey().startsWith(statusClass)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasProblemAnswer(JsonNode operation) {
        for (Map.Entry<String, JsonNode> answer : operation.path("responses").properties()) {
            if (answer.getKey().startsWith("4")
                    && PROBLEM.equals(answer.getValue()
                            .at("/content/application~1problem+json/schema/$ref")
                            .asString(null))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An object's schema names its required properties, unless every property is nullable (may be left out); a list's
     * items do; a plain value has nothing to say.
     */
    private boolean saysWhatIsRequired(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("items")) {
            return saysWhatIsRequired(resolved.get("items"));
        }
        if (resolved.path("required").size() > 0) {
            return true;
        }
        for (JsonNode property : resolved.path("properties")) {
            if (!property.path("nullable").asBoolean(false)) {
                return false;
            }
        }
        return true;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString(null);
        return ref == null ? schema : document.at(ref.substring(1));
    }
}
