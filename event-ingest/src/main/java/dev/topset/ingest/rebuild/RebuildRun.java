package dev.topset.ingest.rebuild;

import dev.topset.ingest.BatchApplier;
import dev.topset.ingest.EventConsumerFactory;
import dev.topset.ingest.FailureClassifier;
import dev.topset.ingest.SwitchoverGate;
import dev.topset.ingest.rebuild.RebuildStatus.PartitionProgress;
import dev.topset.ingest.rebuild.RebuildStatus.State;
import dev.topset.ingest.rebuild.RebuildStatus.TableComparison;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One rebuild, run on its own thread while holding the rebuild lock on {@code session}:
 * <ol>
 *   <li>create the read model empty in a fresh schema ({@link ReadModelSchema#create}), its tables in bulk-load shape
 *       ({@link BulkLoadTables});</li>
 *   <li>replay the topic from the start into it with its own consumers ({@link ReplayLoop}), up to the live
 *       consumers' positions, while the live tables keep serving and being updated;</li>
 *   <li>close to them, make the tables logged and build their deferred indexes, close the {@link SwitchoverGate} (live consumers of every instance pause at their next batch),
 *       replay the rest up to their now fixed positions, optionally compare both schemas table by table, rename the
 *       live schema away and the fresh one into its place in one transaction, open the gate. Live consumers resume
 *       on the new tables at exactly the positions they had; their pooled connections resolve the same schema name
 *       to the new tables (a schema rename invalidates every cached plan, prepared statements included);</li>
 *   <li>drop the replaced schema unless it is to be kept.</li>
 * </ol>
 */
class RebuildRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RebuildRun.class);
    private static final Duration TICK = Duration.ofMillis(100);

    private final String id;
    private final RebuildProperties properties;
    private final ReadModelSchema readModel;
    private final Connection session;
    private final SwitchoverGate gate;
    private final BatchApplier replayApplier;
    private final EventConsumerFactory replayConsumers;
    private final String topic;
    private final boolean compare;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private final String liveSchema;
    private final String freshSchema;
    private final String retiredSchema;
    private final Instant startedAt = Instant.now();
    private final BulkLoadTables bulkLoad;

    private final List<ReplayLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile State state = State.PREPARING;
    private volatile ReplayProgress progress;
    private volatile Instant replayStartedAt;
    private volatile Instant caughtUpAt;
    private volatile Instant switchedAt;
    private volatile long recordsAtCatchUp;
    private volatile Map<String, TableComparison> comparison;
    private volatile String error;

    RebuildRun(String id, RebuildProperties properties, ReadModelSchema readModel, Connection session,
               SwitchoverGate gate, BatchApplier liveApplier, JdbcClient jdbc, EventConsumerFactory replayConsumers,
               String topic, boolean compare, Duration pollTimeout, Duration retryBackoff) {
        this.id = id;
        this.properties = properties;
        this.readModel = readModel;
        this.session = session;
        this.gate = gate;
        this.replayConsumers = replayConsumers;
        this.topic = topic;
        this.compare = compare;
        this.pollTimeout = pollTimeout;
        this.retryBackoff = retryBackoff;
        this.liveSchema = properties.schema();
        this.freshSchema = SchemaNames.fresh(liveSchema, id);
        this.retiredSchema = SchemaNames.retired(liveSchema, id);
        this.bulkLoad = new BulkLoadTables(freshSchema);
        // Every statement of a replay batch resolves unqualified names in the fresh schema; SET LOCAL ends with the
        // transaction, so the pooled connection goes back pointing at the live schema.
        // The replay's commits need not wait for their WAL flush (synchronous_commit off, this transaction only): the
        // fresh schema is thrown away unless the rebuild completes, and a database crash ends the rebuild anyway (the
        // coordinator's session, which holds the rebuild lock, dies with it: the run fails and the next one starts
        // over), so a replayed batch lost in a crash can never end up in a switched schema. Live batches keep their
        // durable commits.
        String pointAtFresh = "SET LOCAL search_path TO " + freshSchema + "; SET LOCAL synchronous_commit TO OFF";
        this.replayApplier = liveApplier.withScope(() -> jdbc.sql(pointAtFresh).update());
    }

    String id() {
        return id;
    }

    boolean finished() {
        return state == State.COMPLETED || state == State.FAILED;
    }

    @Override
    public void run() {
        try {
            dropLeftovers();
            readModel.create(freshSchema);
            bulkLoad.begin(session);
            Map<TopicPartition, Long> start = startOffsets();
            progress = new ReplayProgress(start);
            progress.caps(livePositions());
            startReplay(new ArrayList<>(start.keySet()));
            state = State.REPLAYING;
            log.info("rebuild {}: replaying {} ({} partitions) into schema {}", id, topic, start.size(), freshSchema);
            while (!switchedOver()) {
                sleep(TICK);
            }
            state = State.COMPLETED;
            log.info("rebuild {}: {} records replayed, schema {} switched over after {}", id, progress.records(),
                    liveSchema, Duration.between(startedAt, switchedAt));
        } catch (Exception e) {
            error = FailureClassifier.describe(e);
            state = State.FAILED;
            log.error("rebuild {} failed", id, e);
            stopReplay();
            dropQuietly(freshSchema);
        } finally {
            stopReplay();
            release();
        }
    }

    /** @return true once switched; false while the replay is still too far behind the live consumers */
    private boolean switchedOver() throws SQLException {
        if (progress.fatalError() != null) {
            throw new IllegalStateException("replay failed: " + progress.fatalError());
        }
        progress.caps(livePositions());
        if (progress.lag() > properties.switchLag()) {
            return false;
        }
        // while the replay goes on: the tables must be durable and fully indexed before they can become the live ones
        bulkLoad.end(session);
        progress.caps(livePositions());
        if (progress.lag() > properties.switchLag()) {
            return false;
        }
        state = State.SWITCHING;
        gate.close(session);
        boolean switched = false;
        try {
            Map<TopicPartition, Long> live = livePositions();
            progress.caps(live);
            long deadline = System.nanoTime() + properties.switchTimeout().toNanos();
            while (!progress.reached(live)) {
                if (progress.fatalError() != null) {
                    throw new IllegalStateException("replay failed: " + progress.fatalError());
                }
                if (System.nanoTime() > deadline) {
                    log.warn("rebuild {}: replay did not reach the live positions within {}, replaying on", id,
                            properties.switchTimeout());
                    state = State.REPLAYING;
                    return false;
                }
                sleep(Duration.ofMillis(5));
            }
            caughtUpAt = Instant.now();
            recordsAtCatchUp = progress.records();
            stopReplay();
            if (compare) {
                comparison = compare();
            }
            swap();
            switchedAt = Instant.now();
            switched = true;
        } finally {
            gate.open(session);
        }
        if (!properties.keepRetiredSchema()) {
            dropQuietly(retiredSchema);
        }
        return switched;
    }

    private void swap() throws SQLException {
        session.setAutoCommit(false);
        try (Statement statement = session.createStatement()) {
            statement.execute("ALTER SCHEMA " + liveSchema + " RENAME TO " + retiredSchema);
            statement.execute("ALTER SCHEMA " + freshSchema + " RENAME TO " + liveSchema);
            session.commit();
        } catch (SQLException | RuntimeException e) {
            session.rollback();
            throw e;
        } finally {
            session.setAutoCommit(true);
        }
    }

    private Map<String, TableComparison> compare() throws SQLException {
        Map<String, TableFingerprint> live = ReadModelFingerprints.of(session, liveSchema,
                readModel.orderDependentColumns());
        Map<String, TableFingerprint> rebuilt = ReadModelFingerprints.of(session, freshSchema,
                readModel.orderDependentColumns());
        Map<String, TableComparison> tables = new LinkedHashMap<>();
        for (String table : new TreeSet<>(union(live.keySet(), rebuilt.keySet()))) {
            TableFingerprint before = live.get(table);
            TableFingerprint after = rebuilt.get(table);
            tables.put(table, new TableComparison(before, after, before != null && before.equals(after)));
        }
        return tables;
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private void startReplay(List<TopicPartition> partitions) {
        replayStartedAt = Instant.now();
        int consumers = Math.min(properties.concurrency(), Math.max(1, partitions.size()));
        for (int index = 0; index < consumers; index++) {
            List<TopicPartition> own = new ArrayList<>();
            for (int p = index; p < partitions.size(); p += consumers) {
                own.add(partitions.get(p));
            }
            ReplayLoop loop = new ReplayLoop(replayConsumers, index, own, replayApplier, progress, pollTimeout,
                    retryBackoff);
            Thread thread = new Thread(loop, "topset-rebuild-" + id + "-" + index);
            loops.add(loop);
            threads.add(thread);
            thread.start();
        }
    }

    private void stopReplay() {
        loops.forEach(ReplayLoop::shutdown);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        loops.clear();
        threads.clear();
    }

    private Map<TopicPartition, Long> startOffsets() {
        try (Consumer<String, String> kafka = replayConsumers.create(-1)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : kafka.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            partitions.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
            Map<TopicPartition, Long> start = new LinkedHashMap<>();
            Map<TopicPartition, Long> beginning = kafka.beginningOffsets(partitions);
            for (TopicPartition partition : partitions) {
                long first = beginning.getOrDefault(partition, 0L);
                if (first > 0) {
                    // The read model was built from records that are gone: a rebuild would silently lack them.
                    throw new IllegalStateException(partition + " starts at offset " + first + ", not 0: records "
                            + "were deleted (retention.ms / retention.bytes must be -1 on " + topic + ")");
                }
                start.put(partition, first);
            }
            return start;
        }
    }

    /** The live consumers' stored next offsets; partitions they never consumed are absent. */
    private Map<TopicPartition, Long> livePositions() throws SQLException {
        Map<TopicPartition, Long> positions = new HashMap<>();
        try (PreparedStatement statement = session.prepareStatement(
                "SELECT partition, next_offset FROM " + liveSchema + ".consumer_position WHERE topic = ?")) {
            statement.setString(1, topic);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    positions.put(new TopicPartition(topic, result.getInt(1)), result.getLong(2));
                }
            }
        }
        return positions;
    }

    /** Fresh schemas of rebuilds that died with their instance (this run holds the rebuild lock, so none is running). */
    private void dropLeftovers() throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (PreparedStatement statement = session.prepareStatement(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE ?")) {
            statement.setString(1, SchemaNames.leftoverPattern(liveSchema));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    leftovers.add(result.getString(1));
                }
            }
        }
        for (String leftover : leftovers) {
            if (SchemaNames.isPlain(leftover)) {
                log.info("rebuild {}: dropping schema {} left by an interrupted rebuild", id, leftover);
                dropQuietly(leftover);
            }
        }
    }

    private void dropQuietly(String schema) {
        try (Statement statement = session.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            log.warn("rebuild {}: could not drop schema {}: {}", id, schema, e.getMessage());
        }
    }

    /** Gives the connection back without any lock of ours on it. */
    private void release() {
        try (Statement statement = session.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            log.warn("rebuild {}: releasing the locks: {}", id, e.getMessage());
        }
        try {
            session.close();
        } catch (SQLException e) {
            log.debug("rebuild {}: closing the session: {}", id, e.getMessage());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    RebuildStatus status() {
        ReplayProgress current = progress;
        List<PartitionProgress> partitions = new ArrayList<>();
        long records = 0;
        if (current != null) {
            Map<TopicPartition, Long> caps = current.caps();
            new TreeMap<Integer, TopicPartition>(byPartition(current.rebuilt())).forEach((number, partition) ->
                    partitions.add(new PartitionProgress(number, current.rebuilt(partition),
                            caps.getOrDefault(partition, 0L))));
            records = current.records();
        }
        Instant end = switchedAt;
        Long duration = end == null ? null : Duration.between(startedAt, end).toMillis();
        Double rate = null;
        if (caughtUpAt != null && replayStartedAt != null) {
            double seconds = Duration.between(replayStartedAt, caughtUpAt).toNanos() / 1e9;
            rate = seconds > 0 ? Math.round(recordsAtCatchUp / seconds * 10) / 10.0 : null;
        }
        String lastError = error != null ? error : current == null ? null : current.lastError();
        return new RebuildStatus(id, state, liveSchema, freshSchema, startedAt, replayStartedAt, caughtUpAt,
                switchedAt, duration, records, rate, partitions, switchedAt == null ? null : retiredSchema,
                properties.keepRetiredSchema(), comparison, lastError);
    }

    private static Map<Integer, TopicPartition> byPartition(Map<TopicPartition, Long> offsets) {
        Map<Integer, TopicPartition> byNumber = new HashMap<>();
        offsets.keySet().forEach(partition -> byNumber.put(partition.partition(), partition));
        return byNumber;
    }
}
