package dev.topset.launcher;

import dev.topset.infra.KafkaBroker;
import dev.topset.infra.KafkaOptions;
import dev.topset.infra.PostgresOptions;
import dev.topset.infra.PostgresServer;
import dev.topset.security.devtokens.DevKeyPair;
import dev.topset.security.devtokens.DevTokens;
import java.io.IOException;
import java.nio.file.Path;
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
    /** Generous: on 2 cores shared with builds a service JVM can take minutes to start, idle it takes seconds. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(6);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedSystem.class);

    private final List<ServiceProcess> services = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ServiceProcess command;
    private ServiceProcess query;
    private ServiceProcess analytics;
    private Path jars;
    private Path logs;
    private String jvmOptions;
    private DevTokens tokens;
    private List<String> trustDevTokens;

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

        // Every service trusts the public half of the dev key pair kept in the data directory; tokens minted
        // with it (printed in the banner, --print-token) keep working across restarts.
        DevKeyPair keys = DevKeyPair.loadOrCreate(keyDirectory(data));
        tokens = new DevTokens(keys);
        // ... and expects their issuer: the services refuse tokens naming another one
        trustDevTokens = List.of("--spring.security.oauth2.resourceserver.jwt.public-key-location="
                + keyDirectory(data).resolve(DevKeyPair.PUBLIC_KEY_FILE).toUri(),
                "--topset.security.issuer=" + tokens.issuer());

        logs = data.resolve("logs");
        jars = settings.servicesDirectory();
        jvmOptions = settings.serviceJvmOptions();
        String bootstrap = "--topset.kafka.bootstrap-servers=" + kafka.bootstrapServers();
        command = track(ServiceProcess.start("command-service", jars.resolve("command-service.jar"),
                FreePort.orFree(settings.commandPort()), database("topset_events", bootstrap),
                settings.serviceJvmOptions(), logs));
        query = track(ServiceProcess.start("query-service", jars.resolve("query-service.jar"),
                FreePort.orFree(settings.queryPort()), database("topset_query", bootstrap,
                        // staff reads of member data are confirmed against command-service's gym streams
                        "--topset.gyms.command-service-url=" + command.baseUrl()),
                settings.serviceJvmOptions(), logs));
        analytics = track(ServiceProcess.start("analytics", jars.resolve("analytics.jar"),
                FreePort.orFree(settings.analyticsPort()), database("topset_analytics", bootstrap,
                        // analytics sends its recommendations to command-service as IssueRecommendation commands
                        "--topset.analytics.command-service-url=" + command.baseUrl(),
                        "--topset.analytics.command-service-token=" + tokens.withRoles("analytics", "service"),
                        CohortExportKey.configImport(data)),
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
        properties.addAll(trustDevTokens);
        properties.addAll(List.of(more));
        return properties;
    }

    /** Where the dev key pair is kept: {@code keys/} in the data directory. */
    static Path keyDirectory(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve("keys");
    }

    /** Mints tokens the services trust (the demo users', a benchmark's devices', a test's). */
    public DevTokens tokens() {
        return tokens;
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

    /**
     * Starts one more instance of a service against its own database (created when missing), wired to the
     * same Kafka: a second read model built from the topic, e.g. the reference a crashed instance is
     * compared with. Returns its base URL; it stops with the system. Its name (for {@link #stop}, {@link #crash}
     * and the log file {@code logs/<name>.log}) is {@code <service>-<database>}. With the service's own database
     * and consumer group it is a replica instead: the instances share the partitions.
     */
    public String startAnotherInstance(String service, String database, List<String> properties)
            throws IOException, InterruptedException {
        postgres.createDatabaseIfMissing(database);
        List<String> all = database(database, "--topset.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--topset.gyms.command-service-url=" + command.baseUrl());
        all.addAll(properties);
        ServiceProcess instance = track(ServiceProcess.start(service + "-" + database, jars.resolve(service + ".jar"),
                FreePort.orFree(0), all, jvmOptions, logs));
        instance.awaitReady(STARTUP_TIMEOUT);
        return instance.baseUrl();
    }

    /** JDBC URL of one of the system's databases (tests compare read models through it). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** Crashes a service with SIGKILL (no shutdown hook, no final commit), for fault-tolerance tests. */
    public void crash(String serviceName) throws InterruptedException {
        service(serviceName).kill();
    }

    /** Stops a service gracefully (SIGTERM: consumers leave their group at once, so the others rebalance). */
    public void stop(String serviceName) {
        service(serviceName).close();
    }

    /** Starts a crashed service again on the same port and waits until it is ready. */
    public void restart(String serviceName) throws IOException, InterruptedException {
        service(serviceName).restart(STARTUP_TIMEOUT);
    }

    /** Process id of a running service JVM (command-service, query-service, analytics), e.g. to read its CPU time. */
    public long pid(String serviceName) {
        return service(serviceName).pid();
    }

    private ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** Stops the Kafka broker (clean shutdown); {@link #startKafka()} brings it back on the same port. */
    public void stopKafka() {
        kafka.stop();
    }

    public void startKafka() {
        kafka.restart();
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
