package dev.topset.security.apidoc;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Every service's API document names the error answers each operation can give, as problem+json: clients
 * generated from it, and people reading it, learn the shape of a refusal once for all services.
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
public class ApiDocumentAutoConfiguration {

    @Bean
    GlobalOpenApiCustomizer problemAnswers() {
        return ProblemAnswers::document;
    }
}
