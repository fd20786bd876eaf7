package dev.topset.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.topset.api.session.LogBackoff;
import dev.topset.api.session.LogTopSet;
import dev.topset.api.session.StartSession;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.LoadUnit;
import dev.topset.launcher.EmbeddedSystem;
import dev.topset.security.requestid.RandomUuids;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Baseline of the ingest: the same {@code StartSession}/{@code LogTopSet}/{@code LogBackoff} commands sent in-process
 * through Axon's {@link CommandGateway} to an event-sourced aggregate with an aggregate cache (as command-service
 * caches sessions), appended by Axon's JDBC event store with the Jackson serializer, one transaction per command, on
 * the same PostgreSQL (database {@value #DATABASE}, command-service's event table). No HTTP, security, validation,
 * coaching or read models: what the framework itself costs per set.
 */
final class FrameworkFloor {

    static final String DATABASE = "topset_floor";

    private final EmbeddedSystem system;
    private final int clients;
    private final Duration warmup;
    private final Duration duration;

    FrameworkFloor(EmbeddedSystem system, int clients, Duration warmup, Duration duration) {
        this.system = system;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    Measurement run(PhaseCost cost) throws Exception {
        try (Connection connection = DriverManager.getConnection(system.jdbcUrl("postgres"));
             Statement sql = connection.createStatement()) {
            if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
                sql.execute("CREATE DATABASE " + DATABASE);
            }
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(system.jdbcUrl(DATABASE));
        pool.setMaximumPoolSize(clients);
        // the unit of work commits the connection it holds: one transaction per command, as in command-service
        pool.setAutoCommit(false);
        try (HikariDataSource events = new HikariDataSource(pool)) {
            try (Connection connection = events.getConnection()) {
                EventStoreFiller.createTable(connection);
                try (Statement ddl = connection.createStatement()) {
                    // command-service's snapshot table: Axon looks for a snapshot when it loads an aggregate
                    ddl.execute("""
                            CREATE TABLE IF NOT EXISTS SnapshotEventEntry (
                                aggregateIdentifier VARCHAR(255) NOT NULL,
                                sequenceNumber      BIGINT       NOT NULL,
                                type                VARCHAR(255) NOT NULL,
                                eventIdentifier     VARCHAR(255) NOT NULL,
                                metaData            BYTEA,
                                payload             BYTEA        NOT NULL,
                                payloadRevision     VARCHAR(255),
                                payloadType         VARCHAR(255) NOT NULL,
                                timeStamp           VARCHAR(255) NOT NULL,
                                PRIMARY KEY (aggregateIdentifier, sequenceNumber),
                                UNIQUE (eventIdentifier))""");
                }
                connection.commit();
            }
            Configuration axon = axon(events);
            axon.start();
            try {
                CommandGateway gateway = axon.commandGateway();
                List<ClosedLoopLoad.Operation> devices = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    devices.add(new Device(gateway));
                }
                return ClosedLoopLoad.measure("framework floor: Axon CommandGateway in-process (" + clients
                        + " threads)", devices, warmup, duration, cost);
            } finally {
                axon.shutdown();
            }
        }
    }

    private static Configuration axon(HikariDataSource events) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(mapper).build();
        var connections = new UnitOfWorkAwareConnectionProviderWrapper(new DataSourceConnectionProvider(events));
        return DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(FloorSession.class)
                        .configureCache(c -> new WeakReferenceCache()))
                .buildConfiguration();
    }

    /** A device's commands, the ingest's sequence: a session of {@value SetLoggingClient#SETS_PER_SESSION} sets. */
    private static final class Device implements ClosedLoopLoad.Operation {

        private static final SetDetails TOP = new SetDetails("squat", new Load(new BigDecimal("140"), LoadUnit.KG), 5,
                new BigDecimal("8"), null, Set.of(), null);
        private static final SetDetails BACKOFF = new SetDetails("squat", new Load(new BigDecimal("122.5"), LoadUnit.KG),
                5, new BigDecimal("8"), null, Set.of(), null);

        private final CommandGateway gateway;
        private final UUID athlete = UUID.randomUUID();
        private UUID session;
        private int setsInSession;

        Device(CommandGateway gateway) {
            this.gateway = gateway;
        }

        @Override
        public void run() {
            if (session == null || setsInSession == SetLoggingClient.SETS_PER_SESSION) {
                session = RandomUuids.next();
                setsInSession = 0;
                gateway.sendAndWait(new StartSession(session, athlete, LocalDate.now(), Instant.now(), null,
                        "benchmark"));
            }
            UUID set = RandomUuids.next();
            gateway.sendAndWait(setsInSession == 0
                    ? new LogTopSet(session, set, TOP, Instant.now(), "benchmark")
                    : new LogBackoff(session, set, BACKOFF, Instant.now(), "benchmark"));
            setsInSession++;
        }
    }
}
