package dev.topset.analytics.web;

import dev.topset.analytics.report.ChartKind;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.ResourceHttpMessageConverter;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Chart names in URLs are lower case ({@code charts/e1rm.png}); the enum's names are not. */
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

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, ChartKind.class, ChartKind::fromSlug);
    }
}
