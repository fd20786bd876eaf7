package dev.topset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** What the auto-configuration creates, without a database or broker (no context here gets to start a consumer). */
class EventIngestAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EventIngestAutoConfiguration.class))
            .withBean(JdbcClient.class, () -> mock(JdbcClient.class))
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class))
            .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class));

    @Test
    void disabledCreatesNoConsumerAndSaysSoInTheHealth() {
        runner.withPropertyValues("topset.kafka.enabled=false").run(context -> {
            assertThat(context).hasNotFailed()
                    .doesNotHaveBean(EventConsumerLifecycle.class)
                    .doesNotHaveBean(BatchApplier.class)
                    .hasSingleBean(IngestMetrics.class);
            assertThat(context.getBean("ingestHealthIndicator", IngestHealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.UNKNOWN);
        });
    }

    @Test
    void anEnabledConsumerWithoutProjectionsDoesNotStart() {
        runner.withPropertyValues("spring.application.name=reports").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("no EventProjection bean"));
    }

    @Test
    void anEnabledConsumerNeedsAGroup() {
        runner.withBean(EventProjection.class, () -> (event, envelope, recordedAt) -> { })
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("topset.kafka.group-id"));
    }

    @Test
    void propertiesBindWithTheirDefaultsAndTheIdsFromTheApplicationName() {
        runner.withPropertyValues("topset.kafka.enabled=false", "spring.application.name=reports",
                "topset.kafka.properties.[reconnect.backoff.max.ms]=500").run(context -> {
                    KafkaIngestProperties properties = context.getBean(KafkaIngestProperties.class);
                    assertThat(properties.groupId()).isEqualTo("reports");
                    assertThat(properties.clientId()).isEqualTo("reports");
                    assertThat(properties.bootstrapServers()).isEqualTo("localhost:9092");
                    assertThat(properties.topic()).isEqualTo("topset.events");
                    assertThat(properties.pollTimeout()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(properties.maxPollRecords()).isEqualTo(500);
                    assertThat(properties.retryBackoff()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.properties()).isEqualTo(Map.of("reconnect.backoff.max.ms", "500"));
                });
        runner.withPropertyValues("topset.kafka.enabled=false", "spring.application.name=reports",
                "topset.kafka.group-id=reports-v2").run(context -> {
                    KafkaIngestProperties properties = context.getBean(KafkaIngestProperties.class);
                    assertThat(properties.groupId()).isEqualTo("reports-v2");
                    assertThat(properties.clientId()).isEqualTo("reports-v2");
                });
    }
}
