package dev.topset.query.config;

import dev.topset.api.training.LoadUnit;
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
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfig implements WebMvcConfigurer {

    /**
     * Request bodies are JSON, read by the one JSON converter; the others kept only write answers (text, bytes,
     * files). Spring adds a YAML reader whenever the library is on the classpath (springdoc brings it), and form,
     * XML, CBOR or Smile readers likewise: each a way into the endpoints past the JSON this service documents. Without them such a body is a 415.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> !(converter instanceof MappingJackson2HttpMessageConverter
                || converter instanceof StringHttpMessageConverter || converter instanceof ByteArrayHttpMessageConverter
                || converter instanceof ResourceHttpMessageConverter
                || converter instanceof ResourceRegionHttpMessageConverter));
    }

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
