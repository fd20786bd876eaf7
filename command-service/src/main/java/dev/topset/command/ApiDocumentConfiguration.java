package dev.topset.command;

import dev.topset.security.apidoc.ProblemAnswers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.Locale;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** command-service's API document: its title, and the answers a command can give beyond the shared ones. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    private static final Set<String> COMMAND_METHODS = Set.of("post", "put", "patch", "delete");

    @Bean
    OpenAPI commandServiceOpenApi() {
        return new OpenAPI().info(new Info()
                .title("topset command-service")
                .version("v1")
                .description("Commands of the topset training log: athletes, sessions and sets, plans,"
                        + " recommendations, gyms, imports and offline sync. Every write is idempotent by the ids the"
                        + " client chooses; refusals are RFC 9457 problem+json naming the field or training rule."));
    }

    /**
     * A command can meet a conflict (the id was used with other content, a stale revision) and a training rule
     * it breaks; reads cannot.
     */
    @Bean
    OpenApiCustomizer commandRefusals() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> {
                    if (COMMAND_METHODS.contains(method.name().toLowerCase(Locale.ROOT))) {
                        ProblemAnswers.add(operation, "409", "The id was used with other content, or the"
                                + " revision is stale (current holds what is recorded)");
                        ProblemAnswers.add(operation, "422", "A training rule refuses the command, named in rule");
                    }
                }));
    }
}
