package dev.topset.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.topset.security.requestid.RandomUuids;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The physical limit the ingest is compared with: single-row INSERT + COMMIT of an event-sized row
 * into a table shaped like Axon's, on the same PostgreSQL, at the same concurrency, over JDBC.
 */
final class RawInsertBaseline {

    private static final byte[] PAYLOAD = ("{\"sessionId\":\"" + UUID.randomUUID() + "\",\"athleteId\":\""
            + UUID.randomUUID() + "\",\"setId\":\"" + UUID.randomUUID() + "\",\"details\":{\"lift\":\"squat\","
            + "\"load\":{\"amount\":122.5,\"unit\":\"KG\"},\"reps\":5,\"rpe\":8,\"rir\":null,\"flags\":[],"
            + "\"note\":null},\"performedAt\":\"2026-11-23T17:00:00Z\",\"deviceId\":\"benchmark\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final DataSource dataSource;
    private final int clients;
    private final Duration warmup;
    private final Duration duration;

    RawInsertBaseline(DataSource dataSource, int clients, Duration warmup, Duration duration) {
        this.dataSource = dataSource;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    /** @param cost sampled over the measured window; null for none */
    Measurement run(PhaseCost cost) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE IF NOT EXISTS bench_raw_event (
                        id BIGSERIAL PRIMARY KEY, aggregate_id VARCHAR(255) NOT NULL, seq BIGINT NOT NULL,
                        event_id VARCHAR(255) NOT NULL UNIQUE, type VARCHAR(255), payload BYTEA NOT NULL,
                        created VARCHAR(255) NOT NULL, UNIQUE (aggregate_id, seq))""");
        }
        List<ClosedLoopLoad.Operation> writers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            writers.add(new Writer(dataSource.getConnection()));
        }
        try {
            return ClosedLoopLoad.measure("baseline: raw INSERT+COMMIT (" + clients + " JDBC clients)", writers,
                    warmup, duration, cost);
        } finally {
            for (ClosedLoopLoad.Operation writer : writers) {
                ((Writer) writer).close();
            }
        }
    }

    /** One JDBC client inserting rows of its own aggregate, one transaction (autocommit) per row. */
    private static final class Writer implements ClosedLoopLoad.Operation, AutoCloseable {

        private final Connection connection;
        private final PreparedStatement insert;
        private final String aggregate = UUID.randomUUID().toString();
        private long seq;

        Writer(Connection connection) throws java.sql.SQLException {
            this.connection = connection;
            connection.setAutoCommit(true);
            this.insert = connection.prepareStatement("INSERT INTO bench_raw_event "
                    + "(aggregate_id, seq, event_id, type, payload, created) VALUES (?, ?, ?, ?, ?, ?)");
        }

        @Override
        public void run() throws java.sql.SQLException {
            insert.setString(1, aggregate);
            insert.setLong(2, seq++);
            // the same lock-free random ids as the services' event identifiers
            insert.setString(3, RandomUuids.next().toString());
            insert.setString(4, "TrainingSession");
            insert.setBytes(5, PAYLOAD);
            insert.setString(6, java.time.Instant.now().toString());
            insert.executeUpdate();
        }

        @Override
        public void close() throws java.sql.SQLException {
            insert.close();
            connection.close();
        }
    }
}
