package dk.pulje.spring.openapi;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.spring.problem.ProblemType;
import dk.pulje.spring.problem.ProblemType.App;
import dk.pulje.spring.problem.ProblemTypes;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * What every operation of both APIs promises, written into their OpenAPI documents: who may call it (a bearer token
 * or HTTP Basic, unless its path is public), the problem answers it can give (RFC 9457,
 * {@code application/problem+json}, each with the problem types of its status), and which properties every request
 * and answer has.
 */
public final class ApiContract implements OpenApiCustomizer {

    public static final String PROBLEM = "Problem";
    public static final String BEARER = "bearer";
    public static final String BASIC = "basic";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /**
     * Optional properties that cannot say so themselves: the published language's (shared-events carries no
     * documentation annotations), and references (OpenAPI 3.0 keeps nothing beside a $ref).
     */
    private static final Map<String, Set<String>> OPTIONAL = Map.ofEntries(
            Map.entry("ContactPerson", Set.of("phone", "subject", "erased")),
            Map.entry("Applicant", Set.of("name", "cvr", "municipality")),
            Map.entry("PoolPlan", Set.of("priority", "grantConditions", "information")),
            Map.entry("PoolAmendmentRequest", Set.of("budget", "assessment", "information")),
            Map.entry("InformationPlan", Set.of("contact")),
            Map.entry("PoolContact", Set.of("name", "unit", "email", "phone")),
            Map.entry("FaqEntry", Set.of("translations")),
            Map.entry("PoolInformation", Set.of("contact", "faq", "guidance")),
            Map.entry("CurrentPool", Set.of("contact")),
            Map.entry("GuidanceDocument", Set.of("translations")),
            Map.entry("GrantConditions", Set.of("acceptanceDays", "startWithinMonths", "reminderDays", "returnsTo")),
            Map.entry("ActivityCategory", Set.of("translations")),
            Map.entry("Earmark", Set.of("translations")),
            Map.entry("Material", Set.of("translations")),
            Map.entry("Track", Set.of("budget")),
            Map.entry("Round", Set.of("budget")),
            Map.entry("PoolText", Set.of("description")),
            Map.entry("PoolTerms", Set.of("translations", "assessment", "information")),
            Map.entry("PendingAmendment", Set.of("assessment", "information")),
            Map.entry("AssessmentRules", Set.of("minimumAssessors")),
            Map.entry("AssessmentCriterion", Set.of("translations")),
            Map.entry("TrackView", Set.of("budget")),
            Map.entry("InitiativeView", Set.of("track")));

    static {
        // Each enum once, by name: clients get one type for it (and generators read sets of them).
        ModelResolver.enumsAsRef = true;
        SpringDocUtils.getConfig()
                // Free JSON, e.g. an event's payload.
                .replaceWithClass(JsonNode.class, Object.class)
                // The signed-in actor is resolved from the credentials, never sent.
                .addRequestWrapperToIgnore(Actor.class)
                .replaceWithSchema(
                        Money.class,
                        new StringSchema()
                                .format("decimal")
                                .pattern("^[0-9]+(\\.[0-9]{1,2})?$")
                                .example("1500000.00")
                                .description(
                                        "Kroner, exact to the øre: a decimal string with at most two decimals (a JSON "
                                                + "number is accepted too, and read exactly)"))
                .replaceWithSchema(
                        Deadline.class,
                        new StringSchema()
                                .format("date-time-local")
                                .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$")
                                .example("2017-03-24T12:00:00")
                                .description("A local date-time in Copenhagen (Europe/Copenhagen)"));
    }

    private static final Header RETRY_AFTER =
            new Header().description("Seconds to wait before trying again").schema(new IntegerSchema().format("int32"));

    private final List<ProblemType> types;
    private final Predicate<String> publicPath;
    private final boolean commands;

    private ApiContract(ProblemTypes types, App app, Predicate<String> publicPath) {
        this.types = types.all().stream().filter(type -> type.answeredBy(app)).toList();
        this.publicPath = publicPath;
        this.commands = app == App.COMMAND;
    }

    /** The command side: every {@code POST} may conflict with the state it changes (409). */
    public static ApiContract forCommands(ProblemTypes types, Predicate<String> publicPath) {
        return new ApiContract(types, App.COMMAND, publicPath);
    }

    public static ApiContract forQueries(ProblemTypes types, Predicate<String> publicPath) {
        return new ApiContract(types, App.QUERY, publicPath);
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = Objects.requireNonNullElseGet(api.getComponents(), Components::new);
        api.setComponents(components);
        if (components.getSchemas() != null) {
            components
                    .getSchemas()
                    .forEach((name, schema) -> requireAllBut(schema, OPTIONAL.getOrDefault(name, Set.of())));
        }
        components
                .addSchemas(PROBLEM, problemSchema())
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("A JWT from the organisation's OIDC provider"))
                .addSecuritySchemes(
                        BASIC,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("A demo user (profile demo); every password is \"demo\""));
        api.setSecurity(null);
        if (api.getPaths() != null) {
            api.getPaths()
                    .forEach((path, item) ->
                            item.readOperationsMap().forEach((method, operation) -> document(path, method, operation)));
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = !publicPath.test(path);
        if (secured) {
            operation.setSecurity(
                    List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(BASIC)));
        }
        ApiResponses responses = Objects.requireNonNullElseGet(operation.getResponses(), ApiResponses::new);
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        if (body
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty())) {
            problem(responses, 400, "The request cannot be read: a parameter, field or value is wrong");
        }
        if (secured) {
            problem(responses, 401, "Not signed in, or the credentials are wrong");
            problem(responses, 403, "The signed-in user may not do this");
        }
        if (path.contains("{")) {
            problem(responses, 404, "Nothing has the id in the path");
        }
        if (commands && method == PathItem.HttpMethod.POST) {
            problem(responses, 409, "A business rule refuses the command in the state it found");
            operation.addParametersItem(new HeaderParameter()
                    .name("Idempotency-Key")
                    .schema(new StringSchema())
                    .description("Any unique text: a resent request with the same key gets the first answer again "
                            + "and appends nothing"));
        }
        if (body) {
            problem(responses, 413, "The body is over the limit");
            problem(responses, 415, "The body is not application/json");
        }
        problem(responses, 429, "Too many requests or failed sign-ins; Retry-After says when to try again")
                .addHeaderObject(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        problem(responses, 500, "An unexpected failure; nothing was changed");
        problem(responses, 503, "The database, or a read model, is not there yet; Retry-After says when to try again")
                .addHeaderObject(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
    }

    private ApiResponse problem(ApiResponses responses, int status, String description) {
        String slugs = types.stream()
                .filter(type -> type.status() == status)
                .map(ProblemType::type)
                .collect(Collectors.joining(", "));
        ApiResponse response = responses.computeIfAbsent(
                Integer.toString(status),
                code -> new ApiResponse()
                        .description(slugs.isEmpty() ? description : description + ". type: one of " + slugs));
        Content content = Objects.requireNonNullElseGet(response.getContent(), Content::new);
        content.remove(org.springframework.http.MediaType.ALL_VALUE);
        content.addMediaType(
                PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        response.setContent(content);
        return response;
    }

    /**
     * Every property is present in an answer and needed in a request, unless the schema calls it nullable, and
     * optional means nullable.
     */
    private static void requireAllBut(Schema<?> schema, Set<String> optional) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.isEmpty() || schema.getRequired() != null) {
            return;
        }
        optional.stream().map(properties::get).filter(Objects::nonNull).forEach(property -> property.setNullable(true));
        List<String> required = new TreeMap<>(properties)
                .entrySet().stream()
                        .filter(property ->
                                !Boolean.TRUE.equals(property.getValue().getNullable()))
                        .map(Map.Entry::getKey)
                        .toList();
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem; its type leads to a page that explains it")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri-reference")
                                .example("/problems/not-found")
                                .description("/problems/{slug}: stable, one per rule; see the page at that address"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new IntegerSchema().format("int32").example(404))
                .addProperty(
                        "detail",
                        new StringSchema().example("No programme or pool has the id early-preventive-effort-2017"))
                .addProperty(
                        "instance",
                        new StringSchema().format("uri-reference").example("/pools/early-preventive-effort-2017"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .nullable(true)
                                .example("money.precision")
                                .description("invalid-value, number-out-of-range: the rule the value broke"))
                .addProperty(
                        "field",
                        new StringSchema()
                                .nullable(true)
                                .example("amountRequested")
                                .description("where in the request body the value was"))
                .required(List.of("type", "title", "status", "detail"));
    }
}
