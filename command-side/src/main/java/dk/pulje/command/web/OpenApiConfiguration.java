package dk.pulje.command.web;

import dk.pulje.spring.openapi.ApiContract;
import dk.pulje.spring.problem.ProblemTypes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
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
                                problem with a stable type (/problems/…), explained at that address. Sign in with a \
                                bearer token from the OIDC provider, or with a demo user: every password is "demo"."""))
                .addServersItem(new Server().url("http://localhost:8081").description("./run"));
    }

    /** Only the problem types' pages are open without signing in. */
    @Bean
    OpenApiCustomizer commandContract(ProblemTypes types) {
        return ApiContract.forCommands(types, path -> path.startsWith("/problems/"));
    }
}
