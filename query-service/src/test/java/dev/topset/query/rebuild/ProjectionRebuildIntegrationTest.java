package dev.topset.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.generator.TrainingHistoryGenerator;
import dev.topset.ingest.rebuild.ReadModelFingerprints;
import dev.topset.ingest.rebuild.TableFingerprint;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import dev.topset.security.devtokens.TestTokens;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 5: the rebuild of query-service's read model from the start of the topic, on ≥ 100,000 events of a realistic
 * history, while more events keep arriving; the switch-over compares every table of the rebuilt schema with the
 * incrementally built one at the same positions (row count + checksum), then the live consumers go on in the new
 * tables and reads see them.
 */
class ProjectionRebuildIntegrationTest extends QueryServiceIntegrationTest {

    private static final Duration LONG_PATIENCE = Duration.ofMinutes(5);
    private static final int HISTORY_EVENTS = 100_000;
    private static final int ARRIVING_DURING_REBUILD = 6_000;

    @Autowired
    private DataSource dataSource;

    @Test
    void rebuilds_100k_events_into_fresh_tables_equal_to_the_incremental_ones_and_switches_over() throws Exception {
        List<EventEnvelope> history = new ArrayList<>();
        AtomicLong position = new AtomicLong();
        new TrainingHistoryGenerator(2026, 400).generate(HISTORY_EVENTS + ARRIVING_DURING_REBUILD,
                generated -> history.add(generated.envelope(objectMapper, position.incrementAndGet())));
        history.subList(0, HISTORY_EVENTS).forEach(publisher()::publishAsync);
        publisher().flush();
        awaitCaughtUp(LONG_PATIENCE);
        long setViewOidBefore = setViewOid();
        UUID firstAthlete = history.get(0).athleteId();
        actAs(firstAthlete);
        for (int i = 0; i < 6; i++) {
            // Enough identical reads that pgjdbc uses server-side prepared statements on the pooled connections.
            getJson("/athletes/" + firstAthlete + "/sessions");
        }
        actAs(UUID.randomUUID());
        assertThat(post("/admin/rebuilds", "{}").getStatusCode()).as("an athlete").isEqualTo(HttpStatus.FORBIDDEN);
        asAdmin();

        Thread arriving = new Thread(() -> history.subList(HISTORY_EVENTS, history.size()).forEach(envelope -> {
            publisher().publishAsync(envelope);
            pause(Duration.ofMillis(1));
        }), "events-arriving-during-rebuild");
        arriving.start();
        ResponseEntity<String> started = post("/admin/rebuilds", "{\"compare\": true}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = readTree(started.getBody()).path("id").asText();
        assertThat(started.getHeaders().getLocation()).hasToString("/admin/rebuilds/" + id);

        ResponseEntity<String> second = post("/admin/rebuilds", "{}");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(readTree(second.getBody()).path("rule").asText()).isEqualTo("REBUILD_RUNNING");

        JsonNode done = awaitFinished(id);
        arriving.join();
        publisher().flush();
        System.out.printf("rebuild of %d records: %d ms, replay %.0f records/s, switched at %s%n",
                done.path("recordsReplayed").asLong(), done.path("durationMillis").asLong(),
                done.path("recordsPerSecond").asDouble(), done.path("partitions"));

        assertThat(done.path("state").asText()).as(done.toPrettyString()).isEqualTo("COMPLETED");
        assertThat(done.path("recordsReplayed").asLong()).isGreaterThanOrEqualTo(HISTORY_EVENTS);
        JsonNode comparison = done.path("comparison");
        assertThat(fieldNames(comparison)).containsAll(Set.of("athlete_view", "session_view", "set_view", "lift_trend",
                "lift_plan", "recommendation", "applied_sequence"));
        comparison.fields().forEachRemaining(table -> {
            System.out.printf("  %-18s live %s  rebuilt %s%n", table.getKey(), table.getValue().path("live").path("rows")
                    .asLong() + ":" + table.getValue().path("live").path("checksum").asText(),
                    table.getValue().path("rebuilt").path("rows").asLong() + ":"
                            + table.getValue().path("rebuilt").path("checksum").asText());
            assertThat(table.getValue().path("equal").asBoolean()).as(table.getKey() + " " + table.getValue()).isTrue();
        });
        // the tables the generated history feeds (others, e.g. gym aggregates, may be empty in both)
        for (String fed : List.of("athlete_view", "session_view", "set_view", "lift_trend", "lift_plan", "recommendation",
                "applied_sequence")) {
            assertThat(comparison.path(fed).path("rebuilt").path("rows").asLong()).as(fed).isPositive();
        }
        // the switch happened at the live positions, which had moved past the history published before the start
        long switchedAt = 0;
        for (JsonNode partition : done.path("partitions")) {
            assertThat(partition.path("rebuilt").asLong()).isEqualTo(partition.path("live").asLong());
            switchedAt += partition.path("rebuilt").asLong();
        }
        assertThat(switchedAt).isGreaterThan(HISTORY_EVENTS);

        // The live tables are new ones, the old schema is gone, and the live consumers went on in the new tables.
        assertThat(setViewOid()).isNotEqualTo(setViewOidBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'query\\_%'").query(Long.class)
                .single()).isZero();
        awaitCaughtUp(LONG_PATIENCE);
        // every stream of the history was applied to its end, also what arrived during and after the switch
        Map<String, Long> lastSequences = new java.util.HashMap<>();
        history.forEach(envelope -> lastSequences.merge(envelope.aggregateId(), envelope.sequence(), Math::max));
        Map<String, Long> applied = new java.util.HashMap<>();
        jdbc.sql("SELECT aggregate_id, last_sequence FROM applied_sequence WHERE aggregate_id = ANY(:ids)")
                .param("ids", lastSequences.keySet().toArray(String[]::new))
                .query((rs, row) -> applied.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(applied).isEqualTo(lastSequences);
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2026, 11, 23), "after the switch");
        session.top("squat", dev.topset.api.training.Load.kg("140"), 5, "8");
        session.finish();
        session.publish();
        awaitCaughtUp();
        for (int i = 0; i < 6; i++) {
            actAs(athleteId);
            JsonNode sessions = getJson("/athletes/" + athleteId + "/sessions");
            assertThat(sessions.toString()).contains(session.sessionId().toString());
            actAs(firstAthlete);
            assertThat(getJson("/athletes/" + firstAthlete + "/sessions").path("sessions").size()).isPositive();
        }
        asAdmin();
        assertThat(getJson("/admin/rebuilds").get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void an_unknown_rebuild_is_a_404_problem() {
        asAdmin();
        ResponseEntity<String> response = http.getForEntity("/admin/rebuilds/nope", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void fingerprints_see_a_changed_row() throws Exception {
        UUID athleteId = registeredAthlete();
        awaitCaughtUp();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, TableFingerprint> before = ReadModelFingerprints.of(connection, "query", Set.of());
            jdbc.sql("UPDATE athlete_view SET name = 'Someone else' WHERE athlete_id = :id").param("id", athleteId)
                    .update();
            Map<String, TableFingerprint> after = ReadModelFingerprints.of(connection, "query", Set.of());
            assertThat(after.get("athlete_view").rows()).isEqualTo(before.get("athlete_view").rows());
            assertThat(after.get("athlete_view")).isNotEqualTo(before.get("athlete_view"));
            assertThat(after.get("set_view")).isEqualTo(before.get("set_view"));
        }
    }

    /** {@code /admin/**} needs the admin role. */
    private void asAdmin() {
        token = TestTokens.withRoles("operator", "admin");
    }

    private JsonNode awaitFinished(String id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(LONG_PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = getJson("/admin/rebuilds/" + id);
            String state = last[0].path("state").asText();
            return state.equals("COMPLETED") || state.equals("FAILED");
        });
        return last[0];
    }

    private void awaitCaughtUp(Duration patience) {
        Map<TopicPartition, Long> end = publisher().endOffsets();
        await().atMost(patience).pollInterval(Duration.ofMillis(250)).until(() -> end.entrySet().stream()
                .allMatch(partition -> storedPosition(partition.getKey()) >= partition.getValue()));
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private long setViewOid() {
        return jdbc.sql("SELECT CAST(CAST('query.set_view' AS regclass) AS oid)").query(Long.class).single();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
