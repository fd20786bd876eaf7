package dev.topset.command;

import dev.topset.api.training.LoadUnit;
import dev.topset.command.validation.JsonAnswers;
import dev.topset.command.validation.PlainTextParameters;
import dev.topset.science.plates.RoundingDirection;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters and the device header must be plain text; a write's Accept header must take JSON. Query parameters accept enum values in any case: lifters write {@code unit=kg}, {@code rounding=nearest}.
 * (JSON bodies already do, via {@code spring.jackson.mapper.accept-case-insensitive-enums}.)
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PlainTextParameters());
        registry.addInterceptor(new JsonAnswers());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LoadUnit.class, new CaseInsensitive<>(LoadUnit.class));
        registry.addConverter(String.class, RoundingDirection.class, new CaseInsensitive<>(RoundingDirection.class));
    }

    private record CaseInsensitive<E extends Enum<E>>(Class<E> type) implements Converter<String, E> {
        @Override
        public E convert(String source) {
            return Enum.valueOf(type, source.trim().toUpperCase(Locale.ROOT));
        }
    }
}
