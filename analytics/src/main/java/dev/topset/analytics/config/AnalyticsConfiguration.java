package dev.topset.analytics.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import dev.topset.analytics.recommend.IssuingProperties;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.coach.ReviewProperties;
import dev.topset.analytics.report.ChartRenderer;
import dev.topset.analytics.report.CsvReport;
import dev.topset.analytics.report.HtmlReport;
import dev.topset.analytics.report.JsonReport;
import dev.topset.analytics.rules.RuleThresholds;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free review and report code into the service. */
@Configuration
@EnableConfigurationProperties({RuleThresholds.class, ReviewProperties.class, IssuingProperties.class})
public class AnalyticsConfiguration {

    /** The review's "today" (a break since the last session is counted up to it). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ChartRenderer chartRenderer() {
        return new ChartRenderer();
    }

    @Bean
    HtmlReport htmlReport(ChartRenderer charts) {
        return new HtmlReport(charts);
    }

    @Bean
    CsvReport csvReport() {
        return new CsvReport();
    }

    @Bean
    JsonReport jsonReport(ObjectMapper mapper) {
        return new JsonReport(mapper);
    }
}
