package dev.topset.launcher;

import dev.topset.infra.KafkaBroker;
import dev.topset.infra.KafkaOptions;
import dev.topset.infra.PostgresOptions;
import dev.topset.infra.PostgresServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine: a durable PostgreSQL and a durable single-node Kafka broker, then
 * every service as its own JVM, wired through the same properties a production deployment sets.
 */
public final class EmbeddedSystem implements AutoCloseable {

    static final String TOPIC = "topset.events";
    static final int TOPIC_PARTITIONS = 6;
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedSystem.class);

    private final List<ServiceProcess> services = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ServiceProcess command;
    private ServiceProcess query;
    private ServiceProcess analytics;

    private EmbeddedSystem() {
    }

    /** Starts everything; on any failure, whatever already runs is stopped again. */
    public static EmbeddedSystem start(LaunchSettings settings) throws IOException, InterruptedException {
        EmbeddedSystem system = new EmbeddedSystem();
        try {
            system.boot(settings);
            return system;
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void boot(LaunchSettings settings) throws IOException, InterruptedException {
        var data = settings.dataDirectory().toAbsolutePath();
        postgres = PostgresServer.start(PostgresOptions.durable(data.resolve("postgres"),
                FreePort.orFree(settings.postgresPort())));
        log.info("PostgreSQL ready on port {}", postgres.port());
        for (String database : List.of("topset_events", "topset_query", "topset_analytics")) {
            postgres.createDatabaseIfMissing(database);
        }
        kafka = KafkaBroker.start(KafkaOptions.durable(data.resolve("kafka"), FreePort.orFree(settings.kafkaPort())));
        // Unlimited retention: the topic is the replay source of every read model.
        kafka.createTopic(TOPIC, TOPIC_PARTITIONS, Map.of("retention.ms", "-1", "retention.bytes", "-1"));
        log.info("Kafka ready on {}", kafka.bootstrapServers());

        var logs = data.resolve("logs");
        var jars = settings.servicesDirectory();
        String bootstrap = "--topset.kafka.bootstrap-servers=" + kafka.bootstrapServers();
        command = track(ServiceProcess.start("command-service", jars.resolve("command-service.jar"),
                FreePort.orFree(settings.commandPort()), database("topset_events", bootstrap),
                settings.serviceJvmOptions(), logs));
        query = track(ServiceProcess.start("query-service", jars.resolve("query-service.jar"),
                FreePort.orFree(settings.queryPort()), database("topset_query", bootstrap),
                settings.serviceJvmOptions(), logs));
        analytics = track(ServiceProcess.start("analytics", jars.resolve("analytics.jar"),
                FreePort.orFree(settings.analyticsPort()), database("topset_analytics", bootstrap),
                settings.serviceJvmOptions(), logs));
        for (ServiceProcess service : services) {
            service.awaitReady(STARTUP_TIMEOUT);
            log.info("{} ready at {}", service.name(), service.baseUrl());
        }
    }

    private ServiceProcess track(ServiceProcess service) {
        services.add(service);
        return service;
    }

    private List<String> database(String name, String... more) {
        List<String> properties = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(name),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
        properties.addAll(List.of(more));
        return properties;
    }

    public String commandUrl() {
        return command.baseUrl();
    }

    public String queryUrl() {
        return query.baseUrl();
    }

    public String analyticsUrl() {
        return analytics.baseUrl();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public int postgresPort() {
        return postgres.port();
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
