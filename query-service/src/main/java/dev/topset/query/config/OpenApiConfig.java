package dev.topset.query.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpenApiConfig {

    @Bean
    OpenAPI queryServiceOpenApi() {
        return new OpenAPI().info(new Info()
                .title("topset query-service")
                .version("v1")
                .description("Read models of the topset training log: per-lift trends of top sets and backoffs, "
                        + "session history. Views are eventually consistent with command-service."));
    }
}
