package dev.topset.ingest.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The smallest application using the library: two projections, declared against their order. */
@SpringBootApplication
public class TestIngestApplication {

    @Bean
    @Order(2)
    RecordingProjection second(JdbcClient jdbc) {
        return new RecordingProjection("second", jdbc);
    }

    @Bean
    @Order(1)
    RecordingProjection first(JdbcClient jdbc) {
        return new RecordingProjection("first", jdbc);
    }
}
