package dev.topset.command.importing;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import's {@code source} and {@code unit} are read as text (so that a wrong value is a 400 naming the
 * parameter, not a conversion error) but are enums to a client: the document lists their values.
 */
@Configuration(proxyBeanMethods = false)
class ImportParametersDocument {

    static final List<String> UNITS = List.of("kg", "lb");

    @Bean
    OpenApiCustomizer importParameterValues() {
        List<String> sources = Arrays.stream(ImportSource.values()).map(ImportSource::key).toList();
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (!path.endsWith("/imports")) {
                return;
            }
            item.readOperations().forEach(operation -> {
                if (operation.getParameters() == null) {
                    return;
                }
                operation.getParameters().forEach(parameter -> {
                    if ("source".equals(parameter.getName())) {
                        enumerate(parameter.getSchema(), sources);
                    } else if ("unit".equals(parameter.getName())) {
                        enumerate(parameter.getSchema(), UNITS);
                    }
                });
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static void enumerate(Schema<?> schema, List<String> values) {
        ((Schema<String>) schema).setEnum(values);
    }
}
