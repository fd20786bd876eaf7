package dev.topset.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.launcher.EmbeddedSystem;
import dev.topset.security.devtokens.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Benchmark 3: rebuild query-service's read model from a topic of {@code events} events (POST /admin/rebuilds, with
 * the table comparison at the switch) against a raw sequential JDBC read of the same events from a
 * {@code DomainEventEntry} table ({@link EventStoreFiller}). query-service's live consumer applies them first (a rebuild
 * replays up to the live positions). analytics is stopped for this part: it would consume the same events and compete
 * for the cores.
 */
final class ReplayBenchmark {

    private static final String TOPIC = "topset.events";
    private static final Duration PATIENCE = Duration.ofMinutes(20);

    private final EmbeddedSystem system;
    private final DataSource query;
    private final long eventCount;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String adminToken;
    private final int warmups;

    /**
     * @param warmups unmeasured rebuilds (each followed by an unmeasured baseline read) before the measured pair. A
     *                rebuild runs code paths the live consumer does not (a fresh schema, batches of 10,000), and on 2 cores
     *                the JIT was still compiling them through the whole first rebuild (a fifth of query-service's CPU
     *                in the profile), so the first rebuild measures warm-up as much as replay
     */
    ReplayBenchmark(EmbeddedSystem system, DevTokens tokens, DataSource query, long eventCount, int warmups) {
        this.system = system;
        this.warmups = warmups;
        this.adminToken = tokens.withRoles("benchmark", "admin");
        this.query = query;
        this.eventCount = eventCount;
    }

    List<String> run() throws Exception {
        List<String> lines = new ArrayList<>();
        String loadBefore = LoadAverage.now();
        System.out.println("replay: stopping analytics (it would consume the same events and compete for the cores)");
        system.crash("analytics");
        long topicBefore = topicEnd();
        long started = System.nanoTime();
        String server = system.jdbcUrl("postgres");
        long written = new EventStoreFiller(server, system.kafkaBootstrapServers(), TOPIC).fill(eventCount, 42,
                (int) Math.max(10, eventCount / 250));
        double fillSeconds = seconds(started);
        System.out.printf("replay: %,d events in %s.DomainEventEntry and on the topic after %.1f s%n", written,
                EventStoreFiller.DATABASE, fillSeconds);
        awaitAtLeast("events on the topic", this::topicEnd, topicBefore + written);
        long topic = topicEnd();
        long liveStarted = System.nanoTime();
        awaitAtLeast("events applied by query-service's live consumer", this::livePosition, topic);
        double liveSeconds = seconds(liveStarted);
        lines.add(String.format("replay setup: %,d generated events written to %s.DomainEventEntry (Axon's format, "
                        + "JDBC batches) and as envelopes to the topic in %.1f s; query-service's live consumer "
                        + "applied them %.1f s later; the topic holds %,d records", written,
                EventStoreFiller.DATABASE, fillSeconds, liveSeconds, topic));

        SequentialReadBaseline rawRead = new SequentialReadBaseline(EventStoreFiller.jdbcUrl(server));
        for (int warmup = 1; warmup <= warmups; warmup++) {
            JsonNode unmeasured = rebuild();
            double[] read = rawRead.run();
            lines.add(String.format("replay warm-up %d (not measured): rebuild %.0f /s (%s), raw read %.0f /s", warmup,
                    unmeasured.path("recordsPerSecond").asDouble(), unmeasured.path("state").asText(),
                    read[0] / read[2]));
        }
        JsonNode rebuild = rebuild();
        double[] baseline = rawRead.run();
        double replayRate = rebuild.path("recordsPerSecond").asDouble();
        double baselineRate = baseline[0] / baseline[2];
        lines.add(String.format("%-48s %10.0f /s   (%,d records replayed until caught up; rebuild incl. schema, "
                        + "switch and table comparison %,d ms; state %s)", "replay: query-service rebuild",
                replayRate, rebuild.path("recordsReplayed").asLong(), rebuild.path("durationMillis").asLong(),
                rebuild.path("state").asText()));
        lines.add(String.format("%-48s %10.0f /s   (%,.0f rows, %.0f MiB of payload in %.1f s)",
                "baseline: sequential JDBC read of DomainEventEntry", baselineRate, baseline[0],
                baseline[1] / (1 << 20), baseline[2]));
        lines.add(String.format("replay / baseline = %.1f %% (goal >= 30 %% and >= 50,000 events/s)",
                100 * replayRate / baselineRate));
        StringBuilder comparison = new StringBuilder("tables at the switch (live = rebuilt?):");
        rebuild.path("comparison").fields().forEachRemaining(table -> comparison.append(' ').append(table.getKey())
                .append('=').append(table.getValue().path("rebuilt").path("rows").asLong())
                .append(table.getValue().path("equal").asBoolean() ? " equal" : " DIFFERENT"));
        lines.add(comparison.toString());
        lines.add("load average (1/5/15 min) before: " + loadBefore + ", after: " + LoadAverage.now());
        lines.forEach(System.out::println);
        return lines;
    }

    private JsonNode rebuild() throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/admin/rebuilds"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString("{\"compare\": true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild not started: " + started.statusCode() + " " + started.body());
        }
        String id = json.readTree(started.body()).path("id").asText();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = json.readTree(http.send(HttpRequest.newBuilder(
                    URI.create(system.queryUrl() + "/admin/rebuilds/" + id))
                            .header("Authorization", "Bearer " + adminToken).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String state = status.path("state").asText();
            if (state.equals("COMPLETED") || state.equals("FAILED")) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("rebuild " + id + " did not finish within " + PATIENCE);
    }

    private void awaitAtLeast(String what, LongSupplier current, long target) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long lastPrint = 0;
        while (true) {
            long value = current.getAsLong();
            if (value >= target) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": " + value + " of " + target + " after " + PATIENCE);
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("replay: %s: %,d of %,d%n", what, value, target);
                lastPrint = System.nanoTime();
            }
            Thread.sleep(250);
        }
    }

    private long topicEnd() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(TOPIC)) {
                partitions.add(new TopicPartition(TOPIC, info.partition()));
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            return end.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private long livePosition() {
        try (Connection connection = query.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT coalesce(sum(next_offset), 0) FROM query.consumer_position")) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
