package dev.topset.analytics.web;

import dev.topset.analytics.report.ChartKind;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Chart names in URLs are lower case ({@code charts/e1rm.png}); the enum's names are not. */
@Configuration
public class WebConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, ChartKind.class, ChartKind::fromSlug);
    }
}
