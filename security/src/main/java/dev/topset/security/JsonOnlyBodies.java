package dev.topset.security;

import java.util.List;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.ResourceHttpMessageConverter;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are JSON, read by the one JSON converter; the others kept only write answers (text, bytes, files).
 * Spring adds a YAML reader whenever the library is on the classpath (springdoc brings it), and form, XML, CBOR or
 * Smile readers likewise: each a way into the endpoints past the strict JSON edge (unknown fields, duplicate keys,
 * control characters). Endpoints that take files read their bodies themselves. Without them such a body is a 415.
 */
class JsonOnlyBodies implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> !(converter instanceof MappingJackson2HttpMessageConverter
                || converter instanceof StringHttpMessageConverter || converter instanceof ByteArrayHttpMessageConverter
                || converter instanceof ResourceHttpMessageConverter
                || converter instanceof ResourceRegionHttpMessageConverter));
    }
}
