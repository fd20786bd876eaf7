package dev.topset.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import dev.topset.ingest.rebuild.ProjectionRebuilds;
import dev.topset.ingest.rebuild.ReadModelSchema;
import dev.topset.ingest.rebuild.RebuildProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consumes {@code topset.events} into the application's PostgreSQL database through its {@link EventProjection}
 * beans (see the package documentation for the tables the application's migrations must create).
 *
 * <ul>
 *   <li>always: {@link KafkaIngestProperties} ({@code topset.kafka.*}) and {@link IngestMetrics};</li>
 *   <li>unless {@code topset.kafka.enabled=false}: the consumer ({@link EventConsumerLifecycle}, started and
 *       stopped with the application context) and its repositories;</li>
 *   <li>with actuator on the classpath: the {@code ingest} health component ({@link IngestHealthIndicator}).</li>
 * </ul>
 *
 * Every bean backs off when the application defines its own of the same type.
 */
@AutoConfiguration(after = {JacksonAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class})
@ConditionalOnClass({KafkaConsumer.class, JdbcClient.class})
public class EventIngestAutoConfiguration {

    /**
     * Bound here rather than through {@code @EnableConfigurationProperties} so that the bean carries the effective
     * group and client id (defaults from {@code spring.application.name}).
     */
    @Bean
    @ConditionalOnMissingBean
    public KafkaIngestProperties kafkaIngestProperties(Environment environment) {
        KafkaIngestProperties properties = Binder.get(environment)
                .bindOrCreate(KafkaIngestProperties.PREFIX, KafkaIngestProperties.class)
                .withDefaultIds(environment.getProperty("spring.application.name"));
        if (properties.enabled() && properties.groupId() == null) {
            throw new IllegalStateException("the event consumer needs a consumer group: set topset.kafka.group-id or "
                    + "spring.application.name (or topset.kafka.enabled=false)");
        }
        return properties;
    }

    /**
     * {@code topset.rebuild.*}; the live schema defaults to the one the pool's connections resolve names in
     * ({@code spring.datasource.hikari.schema}), else Flyway's first schema, else {@code public}.
     */
    @Bean
    @ConditionalOnMissingBean
    public RebuildProperties rebuildProperties(Environment environment) {
        String schema = environment.getProperty("spring.datasource.hikari.schema");
        if (schema == null || schema.isBlank()) {
            String flyway = environment.getProperty("spring.flyway.schemas", "");
            schema = flyway.isBlank() ? "public" : flyway.split(",")[0].strip();
        }
        return Binder.get(environment).bindOrCreate(RebuildProperties.PREFIX, RebuildProperties.class)
                .withSchema(schema);
    }

    /** Without a {@link MeterRegistry} in the application (no actuator) the counters still feed the health. */
    @Bean
    @ConditionalOnMissingBean
    public IngestMetrics ingestMetrics(ObjectProvider<MeterRegistry> registry) {
        return new IngestMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = KafkaIngestProperties.PREFIX, name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class ConsumerConfiguration {

        @Bean
        @ConditionalOnMissingBean
        EnvelopeReader envelopeReader(ObjectProvider<ObjectMapper> objectMapper) {
            // The application's mapper (Spring Boot's is lenient about unknown fields: stored events written by a
            // newer version still load); a lenient one of our own when the application has none.
            return new EnvelopeReader(objectMapper.getIfAvailable(() -> new ObjectMapper().findAndRegisterModules()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
        }

        @Bean
        @ConditionalOnMissingBean
        AppliedSequences appliedSequences(JdbcTemplate jdbc) {
            return new AppliedSequences(jdbc);
        }

        @Bean
        @ConditionalOnMissingBean
        ConsumerPositions consumerPositions(JdbcClient jdbc) {
            return new ConsumerPositions(jdbc);
        }

        @Bean
        @ConditionalOnMissingBean
        SkippedEvents skippedEvents(JdbcClient jdbc) {
            return new SkippedEvents(jdbc);
        }

        @Bean
        @ConditionalOnMissingBean
        SwitchoverGate switchoverGate(JdbcClient jdbc, RebuildProperties rebuild) {
            return new SwitchoverGate(jdbc, rebuild.schema());
        }

        @Bean
        @ConditionalOnMissingBean
        BatchApplier batchApplier(PlatformTransactionManager transactionManager, EnvelopeReader reader,
                                  AppliedSequences sequences, ObjectProvider<EventProjection> projections,
                                  ConsumerPositions positions, SkippedEvents skippedEvents, SwitchoverGate gate) {
            List<EventProjection> ordered = projections.orderedStream().toList();
            if (ordered.isEmpty()) {
                // Consuming would record every event as applied while applying it nowhere: a later projection
                // would never see those events.
                throw new IllegalStateException("topset.kafka.enabled is true but the application has no "
                        + EventProjection.class.getSimpleName() + " bean");
            }
            return new BatchApplier(new TransactionTemplate(transactionManager), reader, sequences, ordered, positions,
                    skippedEvents, gate);
        }

        /** The rebuild of the read model, for applications that say how to create it empty ({@link ReadModelSchema}). */
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(ReadModelSchema.class)
        ProjectionRebuilds projectionRebuilds(RebuildProperties rebuild, KafkaIngestProperties kafka,
                                              ReadModelSchema readModel, DataSource dataSource, JdbcClient jdbc,
                                              SwitchoverGate gate, BatchApplier applier) {
            return new ProjectionRebuilds(rebuild, kafka, readModel, dataSource, jdbc, gate, applier);
        }

        @Bean
        @ConditionalOnMissingBean
        EventConsumerFactory eventConsumerFactory(KafkaIngestProperties properties) {
            return new EventConsumerFactory(properties);
        }

        @Bean
        @ConditionalOnMissingBean
        EventConsumerLifecycle eventConsumerLifecycle(KafkaIngestProperties properties,
                                                      EventConsumerFactory consumerFactory, BatchApplier applier,
                                                      ConsumerPositions positions, IngestMetrics metrics) {
            return new EventConsumerLifecycle(properties, consumerFactory, applier, positions, metrics);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class HealthConfiguration {

        /** The bean name makes it the {@code ingest} component of {@code /actuator/health}. */
        @Bean
        @ConditionalOnMissingBean(name = "ingestHealthIndicator")
        IngestHealthIndicator ingestHealthIndicator(IngestMetrics metrics, KafkaIngestProperties properties) {
            return new IngestHealthIndicator(metrics, properties);
        }
    }
}
