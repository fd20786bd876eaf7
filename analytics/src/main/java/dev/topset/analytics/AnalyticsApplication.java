package dev.topset.analytics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The analytics service. It runs in the launcher and in docker-compose from the start so that the
 * distributed shape is real; the Tablesaw review of sessions and the reports are added by the
 * analytics issue (own consumer group, own tables).
 */
@SpringBootApplication
public class AnalyticsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnalyticsApplication.class, args);
    }
}
