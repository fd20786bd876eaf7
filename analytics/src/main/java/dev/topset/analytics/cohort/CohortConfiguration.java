package dev.topset.analytics.cohort;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CohortExportProperties.class, GymProperties.class})
class CohortConfiguration {
}
