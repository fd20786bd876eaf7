package dev.topset.ingest.rebuild;

import dev.topset.ingest.BatchApplier;
import dev.topset.ingest.EventConsumerFactory;
import dev.topset.ingest.KafkaIngestProperties;
import dev.topset.ingest.SwitchoverGate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts and tracks rebuilds of the service's read model (see {@link RebuildRun} for the steps). At most one rebuild
 * runs per read-model schema across all instances of the service: the one that holds a PostgreSQL advisory lock,
 * kept on a session of its own for the whole run (a crashed instance releases it with its connection). The state of
 * a rebuild is known to the instance that runs it.
 */
public class ProjectionRebuilds {

    private static final int HISTORY = 20;

    private final RebuildProperties properties;
    private final KafkaIngestProperties kafka;
    private final ReadModelSchema readModel;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final SwitchoverGate gate;
    private final BatchApplier liveApplier;
    private final Map<String, RebuildRun> runs = new LinkedHashMap<>();

    public ProjectionRebuilds(RebuildProperties properties, KafkaIngestProperties kafka, ReadModelSchema readModel,
                              DataSource dataSource, JdbcClient jdbc, SwitchoverGate gate, BatchApplier liveApplier) {
        this.properties = properties;
        this.kafka = kafka;
        this.readModel = readModel;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.gate = gate;
        this.liveApplier = liveApplier;
    }

    /**
     * Starts a rebuild on a thread of its own.
     *
     * @param compare also fingerprint every table of both schemas at the switch (the live consumers stay paused
     *                meanwhile: seconds per million rows)
     * @throws RebuildRunningException when a rebuild of this read model runs already (in any instance)
     */
    public RebuildStatus start(boolean compare) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Connection session = lockedSession();
        RebuildRun run = new RebuildRun(id, properties, readModel, session, gate, liveApplier, jdbc,
                new EventConsumerFactory(replayConsumerProperties(id)), kafka.topic(), compare, kafka.pollTimeout(),
                kafka.retryBackoff());
        synchronized (runs) {
            runs.put(id, run);
            while (runs.size() > HISTORY) {
                String oldest = runs.keySet().iterator().next();
                runs.remove(oldest);
            }
        }
        Thread thread = new Thread(run, "topset-rebuild-" + id);
        thread.setDaemon(true);
        thread.start();
        return run.status();
    }

    public Optional<RebuildStatus> status(String id) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(id)).map(RebuildRun::status);
        }
    }

    /** The rebuilds this instance ran or runs, newest first. */
    public List<RebuildStatus> list() {
        List<RebuildStatus> all = new ArrayList<>();
        synchronized (runs) {
            runs.values().forEach(run -> all.add(0, run.status()));
        }
        return all;
    }

    private Connection lockedSession() {
        Connection session = null;
        try {
            session = dataSource.getConnection();
            session.setAutoCommit(true);
            try (PreparedStatement statement = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, SwitchoverGate.lockKey("topset.ingest.rebuild:" + properties.schema()));
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (!result.getBoolean(1)) {
                        throw new RebuildRunningException(properties.schema());
                    }
                }
            }
            return session;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(session);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot take the rebuild lock: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection session) {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // the pool discards a broken connection
            }
        }
    }

    /**
     * Its own group and client ids (it never joins the group: partitions are assigned), its own batch size. The
     * replay reads a topic that is all backlog: fetches as large as its batches keep a poll from returning a fraction
     * of one (the default of 1 MiB per partition is ~3,000 events); {@code topset.kafka.properties} still override.
     */
    private KafkaIngestProperties replayConsumerProperties(String id) {
        Map<String, String> replay = new HashMap<>();
        replay.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(properties.fetchBytesPerPartition()));
        replay.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG,
                String.valueOf(Math.max(52_428_800L, 3L * properties.fetchBytesPerPartition())));
        replay.putAll(kafka.properties());
        return new KafkaIngestProperties(true, kafka.bootstrapServers(), kafka.topic(), kafka.groupId() + "-rebuild",
                kafka.clientId() + "-rebuild-" + id, kafka.pollTimeout(), properties.maxPollRecords(),
                properties.concurrency(), kafka.retryBackoff(), replay);
    }
}
