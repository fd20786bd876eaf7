package dev.topset.analytics.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** analytics' API document: its title and what it serves. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    @Bean
    OpenAPI analyticsOpenApi() {
        return new OpenAPI().info(new Info()
                .title("topset analytics")
                .version("v1")
                .description("Reviews, recommendations and reports of the topset training log: per-lift and"
                        + " per-athlete trend reports (CSV, JSON, HTML, charts), gym and cohort reports."));
    }
}
