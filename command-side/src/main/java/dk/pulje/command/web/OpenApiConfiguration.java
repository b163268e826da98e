package dk.pulje.command.web;

import dk.pulje.spring.openapi.ApiContract;
import dk.pulje.spring.problem.ProblemTypes;
import dk.pulje.spring.web.ConsistencyToken;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI()
                .info(new Info().title("Pulje command API").version("0.1").description("""
                                Changes to programmes, pools and applications. Every accepted command answers 201 or \
                                202 with the aggregate's new version and a consistency token (header \
                                Pulje-Consistency-Token) to pass to the query API. Every refusal is an RFC 9457 \
                                problem with a stable type (/problems/…), explained at that address. Sign in with a \
                                bearer token from the OIDC provider, or with a demo user: every password is "demo"."""))
                .addServersItem(new Server().url("http://localhost:8081").description("./run"));
    }

    /** A command's answer: 201 where it creates ({@link Creates}), else 202, with where to read it and the token. */
    @Bean
    OperationCustomizer commandAnswers() {
        return (operation, handler) -> {
            ApiResponse answer = operation.getResponses().remove("200");
            if (answer != null
                    && ResolvableType.forMethodReturnType(handler.getMethod())
                                    .getGeneric(0)
                                    .resolve()
                            == Accepted.class) {
                boolean creates = handler.hasMethodAnnotation(Creates.class);
                operation
                        .getResponses()
                        .addApiResponse(
                                creates ? "201" : "202",
                                answer.description(
                                                creates
                                                        ? "Created: the command is stored; Location names what it made"
                                                        : "Accepted: the change is stored; the query side shows it at Location once projected")
                                        .addHeaderObject(
                                                "Location",
                                                new Header()
                                                        .schema(new StringSchema())
                                                        .description("Where the query side shows the result"))
                                        .addHeaderObject(
                                                ConsistencyToken.HEADER,
                                                new Header()
                                                        .schema(new IntegerSchema().format("int64"))
                                                        .description(
                                                                "Pass it to the query side to read your own write")));
            } else if (answer != null) {
                operation.getResponses().addApiResponse("200", answer);
            }
            return operation;
        };
    }

    /** Only the problem types' pages are open without signing in. */
    @Bean
    OpenApiCustomizer commandContract(ProblemTypes types) {
        return ApiContract.forCommands(types, path -> path.startsWith("/problems/"));
    }
}
