package dev.topset.query.config;

import dev.topset.api.training.LoadUnit;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfig implements WebMvcConfigurer {

    /** Lifters write "kg" and "lb"; the enum is upper case. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LoadUnit.class, new LoadUnitConverter());
    }

    static final class LoadUnitConverter implements Converter<String, LoadUnit> {
        @Override
        public LoadUnit convert(String source) {
            String unit = source.trim().toUpperCase(Locale.ROOT);
            return switch (unit) {
                case "KG", "KGS" -> LoadUnit.KG;
                case "LB", "LBS" -> LoadUnit.LB;
                default -> throw new IllegalArgumentException("unknown unit '" + source + "'");
            };
        }
    }
}
