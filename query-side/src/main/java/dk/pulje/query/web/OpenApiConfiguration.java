package dk.pulje.query.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
                .info(new Info().title("Pulje query API")
                        .description("Programmes, pools, applications and decisions as the projections show them"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Documents the consistency token on every endpoint that honours it. */
    @Bean
    OperationCustomizer consistencyToken() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(ReadsFrom.class)) {
                operation.addParametersItem(new HeaderParameter().name(ReadYourWrites.HEADER)
                                .description(CONSISTENCY).schema(new IntegerSchema().format("int64")))
                        .addParametersItem(new QueryParameter().name(ReadYourWrites.PARAMETER)
                                .description(CONSISTENCY).schema(new IntegerSchema().format("int64")));
                operation.getResponses().addApiResponse("400", new ApiResponse().description(
                        "The consistency token is not a whole number (bad-request) or is beyond the event store's "
                                + "last event (consistency-token-ahead)"));
                operation.getResponses().addApiResponse("503", new ApiResponse().description(
                        "The read models did not reach the consistency token in time (projection-behind)"));
            }
            return operation;
        };
    }
}
