package dk.pulje.query.web;

import dk.pulje.spring.openapi.ApiContract;
import dk.pulje.spring.problem.ProblemTypes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String CONSISTENCY = "The event store position a command was answered with "
            + "(Pulje-Consistency-Token): the answer waits until the read models have processed it.";

    @Bean
    OpenAPI queryApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pulje query API")
                        .version("0.1")
                        .description("Programmes, pools, applications and decisions as the projections show them. "
                                + "Every error is an RFC 9457 problem with a stable type (/problems/…), explained at "
                                + "that address. Sign in with a bearer token from the OIDC provider, or with a demo "
                                + "user: every password is \"demo\"."))
                .addServersItem(new Server().url("http://localhost:8082").description("./run"));
    }

    /** The public pools and meetings and the problem types' pages are open without signing in. */
    @Bean
    OpenApiCustomizer queryContract(ProblemTypes types) {
        return ApiContract.forQueries(types, path -> path.startsWith("/public/") || path.startsWith("/problems/"));
    }

    /** Documents the consistency token on every endpoint that honours it. */
    @Bean
    OperationCustomizer consistencyToken() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(ReadsFrom.class)) {
                operation
                        .addParametersItem(new HeaderParameter()
                                .name(ReadYourWrites.HEADER)
                                .description(CONSISTENCY)
                                .schema(new IntegerSchema().format("int64")))
                        .addParametersItem(new QueryParameter()
                                .name(ReadYourWrites.PARAMETER)
                                .description(CONSISTENCY)
                                .schema(new IntegerSchema().format("int64")));
                operation
                        .getResponses()
                        .addApiResponse(
                                "400",
                                new ApiResponse()
                                        .description(
                                                "A parameter cannot be read, or the consistency token is not a whole number (bad-request) or "
                                                        + "is beyond the event store's last event (consistency-token-ahead)"));
                operation
                        .getResponses()
                        .addApiResponse(
                                "503",
                                new ApiResponse()
                                        .description(
                                                "The read models did not reach the consistency token in time (projection-behind), or the "
                                                        + "database cannot be reached (unavailable); Retry-After says when to ask again"));
            }
            return operation;
        };
    }
}
