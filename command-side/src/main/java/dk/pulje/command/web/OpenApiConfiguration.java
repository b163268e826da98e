package dk.pulje.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pulje command API")
                        .version("0.1")
                        .description("""
                                Changes to programmes, pools and applications. Every accepted command answers 201 or \
                                202 with the aggregate's new version and a consistency token (header \
                                Pulje-Consistency-Token) to pass to the query API. Every refusal is an RFC 9457 \
                                problem with a stable type (/problems/…). Sign in with a demo user: every password \
                                is "demo"."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
