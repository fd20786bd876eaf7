package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crashes and outages against the real system (PostgreSQL, Kafka, service JVMs): nothing accepted is
 * lost, nothing is applied twice.
 */
class FaultToleranceIT {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static Path data;
    private static EmbeddedSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        data = Files.createTempDirectory("topset-faults");
        system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"), 0, 0, 0, 0, 0, false,
                "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aQueryServiceKilledWhileConsuming50kEventsEndsEqualToACleanReplay() throws Exception {
        int athletes = 500;
        int sessionsEach = 10;
        int backoffs = 8;
        long setsBefore = setRows(system.jdbcUrl("topset_query"));
        String queryDb = system.jdbcUrl("topset_query");
        long before = ReadModelFingerprint.appliedPosition(queryDb);
        // Published while query-service consumes, so that the crash comes while the history is still arriving. Measured
        // after publishing, the start missed whatever a consumer keeping pace with the producer had already applied:
        // twice in a row (2026-12-07) it had applied all of it, and the test waited for 5,000 more that never came.
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        Future<Integer> publishing = publisher.submit(() -> publishHistory(athletes, sessionsEach, backoffs));
        publisher.shutdown();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> ReadModelFingerprint.appliedPosition(queryDb) - before > 5_000);
        system.crash("query-service");
        long appliedAtCrash = ReadModelFingerprint.appliedPosition(queryDb) - before;
        system.restart("query-service");
        int published = publishing.get(2, TimeUnit.MINUTES);
        assertThat(published).isEqualTo(athletes * sessionsEach * (2 + backoffs));

        // the reference: a fresh instance with its own database and group replays the topic from the start
        system.startAnotherInstance("query-service", "topset_query_replay",
                List.of("--topset.kafka.group-id=query-replay"));
        String replayDb = system.jdbcUrl("topset_query_replay");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                ReadModelFingerprint.appliedPosition(queryDb) == ReadModelFingerprint.appliedPosition(replayDb)
                        && ReadModelFingerprint.of(queryDb).equals(ReadModelFingerprint.of(replayDb)));

        assertThat(appliedAtCrash).as("crashed mid-stream").isLessThan(published);
        Map<String, String> crashed = ReadModelFingerprint.of(queryDb);
        assertThat(crashed).isEqualTo(ReadModelFingerprint.of(replayDb));
        assertThat(setRows(queryDb) - setsBefore).isEqualTo(athletes * sessionsEach * (1 + backoffs));
    }

    @Test
    void setsAcceptedWhileKafkaIsDownForTenSecondsReachTheReadModelExactlyOnce() throws Exception {
        AtomicBoolean logging = new AtomicBoolean(true);
        List<Device> devices = List.of(Device.register(system), Device.register(system), Device.register(system));
        ExecutorService pool = Executors.newFixedThreadPool(devices.size());
        List<Future<Integer>> loggers = new ArrayList<>();
        for (Device device : devices) {
            loggers.add(pool.submit(() -> {
                int failures = 0;
                while (logging.get()) {
                    failures += device.logBackoff() ? 0 : 1;
                    Thread.sleep(20);
                }
                return failures;
            }));
        }
        Thread.sleep(2_000);
        system.stopKafka();
        Thread.sleep(10_000);
        system.startKafka();
        Thread.sleep(2_000);
        logging.set(false);
        for (Future<Integer> logger : loggers) {
            assertThat(logger.get()).as("commands failed while the broker was down").isZero();
        }
        pool.shutdown();

        for (Device device : devices) {
            device.awaitAllVisible(Duration.ofMinutes(3));
            device.assertTrendCountsEachSetOnce();
        }
    }

    @Test
    void eventsStoredBeforeACommandServiceCrashArePublishedAfterItsRestart() throws Exception {
        Device device = Device.register(system);
        system.stopKafka();
        for (int i = 0; i < 50; i++) {
            assertThat(device.logBackoff()).isTrue();
        }
        system.crash("command-service"); // stored, never published: the broker was down
        system.startKafka();
        system.restart("command-service");
        device.awaitAllVisible(Duration.ofMinutes(3));
        device.assertTrendCountsEachSetOnce();
    }

    private static long setRows(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM query.set_view");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void whileTheEventStoreIsUnreachableCommandsAre503AndNothingIsHalfWritten() throws Exception {
        Device device = Device.register(system);
        String admin = system.jdbcUrl("postgres");
        try (Connection connection = DriverManager.getConnection(admin);
             java.sql.Statement sql = connection.createStatement()) {
            // cut command-service off its database: refuse new connections and end the open ones
            sql.execute("ALTER DATABASE topset_events ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'topset_events'");
            try {
                HttpJsonProbe.Answer answer = HttpJsonProbe.post(system.commandUrl() + "/sessions/" + device.session
                        + "/sets", """
                        {"setId":"%s","kind":"BACKOFF","lift":"squat","load":122.5,"unit":"KG","reps":5}"""
                        .formatted(UUID.randomUUID()), device.token);
                assertThat(answer.status()).withFailMessage("status %d: %s", answer.status(), answer.body()).isEqualTo(503);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            } finally {
                sql.execute("ALTER DATABASE topset_events ALLOW_CONNECTIONS true");
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(device::logBackoff);
        device.awaitAllVisible(Duration.ofMinutes(2));
        device.assertTrendCountsEachSetOnce();
    }

    /** Writes a whole history straight to the topic, as command-service would publish it. */
    private static int publishHistory(int athletes, int sessionsEach, int backoffs) throws Exception {
        Instant time = Instant.parse("2026-01-05T17:00:00Z");
        int count = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int a = 0; a < athletes; a++) {
                UUID athlete = UUID.randomUUID();
                for (int s = 0; s < sessionsEach; s++) {
                    UUID session = UUID.randomUUID();
                    LocalDate day = LocalDate.parse("2026-01-05").plusDays(3L * s);
                    List<TrainingEvent> events = new ArrayList<>();
                    events.add(new SessionStarted(session, athlete, day, time, null, "replay-test"));
                    BigDecimal top = BigDecimal.valueOf(100 + s * 2.5);
                    events.add(new TopSetLogged(session, athlete, UUID.randomUUID(),
                            SetDetails.of("squat", new Load(top, dev.topset.api.training.LoadUnit.KG), 5,
                                    new BigDecimal("8")), time, "replay-test"));
                    for (int b = 0; b < backoffs; b++) {
                        events.add(new BackoffSetLogged(session, athlete, UUID.randomUUID(),
                                SetDetails.of("squat", Load.kg("90"), 5, new BigDecimal("7").add(
                                        new BigDecimal("0.5").multiply(BigDecimal.valueOf(b % 3)))), time, "replay-test"));
                    }
                    for (int seq = 0; seq < events.size(); seq++) {
                        TrainingEvent event = events.get(seq);
                        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
                        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), entry.type(),
                                entry.schemaVersion(), athlete, "TrainingSession", session.toString(), seq, -1,
                                time.plusMillis(count), Map.of(), JSON.valueToTree(event));
                        producer.send(new ProducerRecord<>(EventEnvelope.TOPIC, athlete.toString(),
                                JSON.writeValueAsString(envelope)));
                        count++;
                    }
                }
            }
            producer.flush();
        }
        return count;
    }

    /** One athlete logging backoffs into one session through command-service. */
    private static final class Device {

        private final CommandClient client;
        private final UUID athlete;
        private final UUID session = UUID.randomUUID();
        private final String token;
        private final List<UUID> accepted = Collections.synchronizedList(new ArrayList<>());

        private Device(EmbeddedSystem system, UUID athlete) {
            this.athlete = athlete;
            this.token = system.tokens().athlete(athlete);
            this.client = new CommandClient(system.commandUrl(), "fault-test", token);
        }

        static Device register(EmbeddedSystem system) throws Exception {
            Device device = new Device(system, UUID.randomUUID());
            device.client.post("/athletes", Map.of("athleteId", device.athlete, "name", "F", "preferredUnit", "KG"));
            device.client.post("/sessions", Map.of("sessionId", device.session, "athleteId", device.athlete,
                    "date", "2026-11-20"));
            device.client.post("/sessions/" + device.session + "/sets", Map.of("setId", UUID.randomUUID(),
                    "kind", "TOP", "lift", "squat", "load", 140, "unit", "KG", "reps", 5, "rpe", 8));
            return device;
        }

        /** @return false when the command was not accepted */
        boolean logBackoff() {
            UUID setId = UUID.randomUUID();
            try {
                client.post("/sessions/" + session + "/sets", Map.of("setId", setId, "kind", "BACKOFF",
                        "lift", "squat", "load", 122.5, "unit", "KG", "reps", 5, "rpe", 7.5));
                accepted.add(setId);
                return true;
            } catch (Exception | AssertionError e) {
                return false;
            }
        }

        void awaitAllVisible(Duration timeout) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> visible() == accepted.size());
        }

        private long visible() throws Exception {
            try (Connection connection = DriverManager.getConnection(system.jdbcUrl("topset_query"));
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT count(*) FROM query.set_view WHERE set_id = ANY (?)")) {
                query.setArray(1, connection.createArrayOf("uuid", accepted.toArray()));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }

        /** The trend row aggregates the session's sets: a set applied twice would be counted twice. */
        void assertTrendCountsEachSetOnce() throws Exception {
            try (Connection connection = DriverManager.getConnection(system.jdbcUrl("topset_query"));
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT backoff_sets, backoff_reps FROM query.lift_trend WHERE session_id = ?")) {
                query.setObject(1, session);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getInt(1)).isEqualTo(accepted.size());
                    assertThat(row.getInt(2)).isEqualTo(5 * accepted.size());
                }
            }
        }
    }
}
