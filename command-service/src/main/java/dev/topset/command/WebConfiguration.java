package dev.topset.command;

import dev.topset.api.training.LoadUnit;
import dev.topset.command.validation.JsonAnswers;
import dev.topset.command.validation.PlainTextParameters;
import dev.topset.science.plates.RoundingDirection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.ResourceHttpMessageConverter;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
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

    /**
     * Request bodies are JSON, read by the one JSON converter; the others kept only write answers (text, bytes,
     * files). Spring adds a YAML reader whenever the library is on the classpath (springdoc brings it), and form,
     * XML, CBOR or Smile readers likewise: each a way into the endpoints past the strict JSON edge (unknown fields, duplicate keys, control
     * characters); the CSV import and the history restore read their bodies themselves. Without them such a body is a 415.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> !(converter instanceof MappingJackson2HttpMessageConverter
                || converter instanceof StringHttpMessageConverter || converter instanceof ByteArrayHttpMessageConverter
                || converter instanceof ResourceHttpMessageConverter
                || converter instanceof ResourceRegionHttpMessageConverter));
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
