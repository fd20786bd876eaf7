package dev.topset.command.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceApplication;
import dev.topset.command.EmbeddedInfrastructure;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two command-service nodes (two Spring contexts, two ports) on one event store, each with its own
 * aggregate cache, logging into the same sessions at the same time. Axon's optimistic append and the
 * cache freshness check detect the races; the losers are retried; nothing is lost, doubled or failed.
 */
class TwoInstancesIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesIntegrationTest.class);
    private static final String DATABASE = "command_two_nodes";
    private static final int SESSIONS = 3;
    private static final int SETS_PER_NODE = 300;

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        EmbeddedInfrastructure.postgres().createDatabaseIfMissing(DATABASE);
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext node() {
        // command-line arguments: they override application.yml, as on a real node
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + EmbeddedInfrastructure.postgres().jdbcUrl(DATABASE),
                "--topset.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafka().bootstrapServers(),
                "--topset.security.issuer=" + TestTokens.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation());
    }

    @Test
    void bothNodesLogIntoTheSameSessionsWithoutLosingOrDoublingASet() throws Exception {
        String urlA = url(nodeA);
        String urlB = url(nodeB);
        UUID athlete = UUID.randomUUID();
        String token = TestTokens.athlete(athlete);
        HttpJson a = new HttpJson(urlA, token);
        HttpJson b = new HttpJson(urlB, token);
        assertThat(a.post("/athletes", """
                {"athleteId": "%s", "name": "Sam", "preferredUnit": "KG"}""".formatted(athlete)).status())
                .isEqualTo(201);
        List<UUID> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            UUID session = UUID.randomUUID();
            sessions.add(session);
            // started on one node, its top set logged on the other: both nodes now hold it in their cache
            assertThat(a.post("/sessions", """
                    {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}""".formatted(session, athlete))
                    .status()).isEqualTo(201);
            assertThat(b.post("/sessions/" + session + "/sets", """
                    {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                    .formatted(UUID.randomUUID())).status()).isEqualTo(201);
        }
        List<DeviceClient.Backoff> setsA = spread(urlA, sessions);
        List<DeviceClient.Backoff> setsB = spread(urlB, sessions);

        try (DeviceClient phone = new DeviceClient("phone", token, 8);
             DeviceClient watch = new DeviceClient("watch", token, 8)) {
            var onA = CompletableFuture.runAsync(() -> run(phone, setsA));
            watch.log(setsB);
            onA.get(5, TimeUnit.MINUTES);
            log.info("two nodes, {} sets each into {} sessions: node A answered {}, node B answered {}; retried"
                    + " commands: node A {}, node B {}", SETS_PER_NODE, SESSIONS, phone.statuses, watch.statuses,
                    retries(nodeA), retries(nodeB));
            assertThat(phone.count(201)).isEqualTo(SETS_PER_NODE);
            assertThat(watch.count(201)).isEqualTo(SETS_PER_NODE);
            for (UUID session : sessions) {
                assertThat(setsLoggedIn(session)).as("session %s", session)
                        .isEqualTo(1 + 2L * SETS_PER_NODE / SESSIONS);
            }
            double retried = total(nodeA) + total(nodeB);
            assertThat(retried).as("the nodes raced for the same sessions and the losers were retried")
                    .isPositive();

            // each node's sets sent again to the other node: every one a replay, nothing new stored
            phone.reset();
            watch.reset();
            var againOnB = CompletableFuture.runAsync(() -> run(phone, onOtherNode(setsA.subList(0, 60), urlB)));
            watch.log(onOtherNode(setsB.subList(0, 60), urlA));
            againOnB.get(5, TimeUnit.MINUTES);
            assertThat(phone.count(201) + watch.count(201)).isEqualTo(120);
            assertThat(phone.replays() + watch.replays()).isEqualTo(120);
            for (UUID session : sessions) {
                assertThat(setsLoggedIn(session)).isEqualTo(1 + 2L * SETS_PER_NODE / SESSIONS);
            }
            log.info("after 2 x 60 retries on the other node: {} sets per session, {} replays; retried commands"
                    + " in total: node A {}, node B {}", setsLoggedIn(sessions.get(0)),
                    phone.replays() + watch.replays(), retries(nodeA), retries(nodeB));
        }
    }

    @Test
    void aRefusalOnAStaleCachedSessionIsDecidedAgainOnTheStoredOne() {
        UUID athlete = UUID.randomUUID();
        String token = TestTokens.athlete(athlete);
        HttpJson a = new HttpJson(url(nodeA), token);
        HttpJson b = new HttpJson(url(nodeB), token);
        assertThat(a.post("/athletes", """
                {"athleteId": "%s", "name": "Sam", "preferredUnit": "KG"}""".formatted(athlete)).status())
                .isEqualTo(201);
        UUID session = UUID.randomUUID();
        assertThat(a.post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}""".formatted(session, athlete))
                .status()).isEqualTo(201);
        // node A holds the session without a top set; node B logs the top set
        assertThat(b.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(201);
        double staleBefore = staleCacheRetries(nodeA);

        var backoff = a.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "BACKOFF", "lift": "squat", "load": 122.5, "unit": "KG", "reps": 5,
                 "rpe": 7.5}""".formatted(UUID.randomUUID()));

        assertThat(backoff.status()).as(backoff.raw().body()).isEqualTo(201);
        assertThat(staleCacheRetries(nodeA)).as("node A refused on its cached session, then decided again")
                .isGreaterThan(staleBefore);
    }

    private static double staleCacheRetries(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).find(ConcurrentAppendRetry.METRIC).tag("cause", "stale-cache")
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private static List<DeviceClient.Backoff> spread(String url, List<UUID> sessions) {
        List<DeviceClient.Backoff> sets = new ArrayList<>();
        for (int i = 0; i < SETS_PER_NODE; i++) {
            sets.add(new DeviceClient.Backoff(url, sessions.get(i % sessions.size()), UUID.randomUUID(), 3 + i % 5));
        }
        return sets;
    }

    private static List<DeviceClient.Backoff> onOtherNode(List<DeviceClient.Backoff> sets, String url) {
        return sets.stream().map(set -> new DeviceClient.Backoff(url, set.sessionId(), set.setId(), set.reps()))
                .toList();
    }

    private static void run(DeviceClient device, List<DeviceClient.Backoff> sets) {
        try {
            device.log(sets);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String retries(ConfigurableApplicationContext node) {
        MeterRegistry meters = node.getBean(MeterRegistry.class);
        return meters.find(ConcurrentAppendRetry.METRIC).counters().stream()
                .map(counter -> counter.getId().getTag("cause") + "=" + (long) counter.count())
                .sorted().toList().toString();
    }

    private static double total(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).find(ConcurrentAppendRetry.METRIC).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static long setsLoggedIn(UUID session) {
        return nodeA.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?")
                .param(session.toString()).param("%SetLogged").query(Long.class).single();
    }
}
