package dev.topset.analytics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The analytics service: reviews the last sessions of each athlete × lift with Tablesaw, recommends one
 * change per lift with its evidence, flags the method's common mistakes and exports trend reports
 * (CSV, JSON, HTML with PNG charts). Set data arrives in its own tables from its own consumer group.
 */
@SpringBootApplication
public class AnalyticsApplication {

    public static void main(String[] args) {
        // Charts are rendered on servers without a display.
        System.setProperty("java.awt.headless", "true");
        SpringApplication.run(AnalyticsApplication.class, args);
    }
}
