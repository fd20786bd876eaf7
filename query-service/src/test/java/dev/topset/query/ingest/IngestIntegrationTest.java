package dev.topset.query.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import dev.topset.ingest.EventConsumerLifecycle;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import dev.topset.query.support.TestInfrastructure;
import dev.topset.science.e1rm.E1rm;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From Kafka records to the trend and session endpoints, against the real broker and database. */
class IngestIntegrationTest extends QueryServiceIntegrationTest {

    private static final String SQUAT = "Back Squat";

    @Autowired
    EventConsumerLifecycle consumer;

    @Autowired
    MeterRegistry meters;

    @Test
    void aCorrectedAndVoidedSessionShowsItsCorrectedNumbers() {
        UUID athleteId = registeredAthlete();
        SessionScript session = loggedSessionWithCorrectionAndVoid(athleteId, LocalDate.of(2025, 3, 3));

        JsonNode trend = awaitTrendEntry(athleteId, "back-squat", session.sessionId(), "");

        assertThat(trend.path("topSet").path("load").decimalValue()).isEqualByComparingTo("140");
        assertThat(trend.path("topSet").path("unit").asText()).isEqualTo("KG");
        assertThat(trend.path("topSet").path("reps").asInt()).isEqualTo(3);
        assertThat(trend.path("topSet").path("rpe").decimalValue()).isEqualByComparingTo("8");
        assertThat(trend.path("topSetCount").asInt()).isEqualTo(1);
        assertThat(trend.path("e1rm").decimalValue()).isEqualByComparingTo(
                E1rm.standard(Load.kg("140"), 3, new BigDecimal("8"), null).value().amount());
        assertThat(trend.path("e1rmMethod").asText()).isEqualTo(E1rm.RPE_CHART);
        // backoffs after the correction (120x5@7, 122.5x5@8) and the void (third backoff gone)
        assertThat(trend.path("backoffSets").asInt()).isEqualTo(2);
        assertThat(trend.path("backoffReps").asInt()).isEqualTo(10);
        assertThat(trend.path("backoffVolumeLoad").decimalValue()).isEqualByComparingTo("1212.5");
        assertThat(trend.path("maxBackoffRpe").decimalValue()).isEqualByComparingTo("8");
        assertThat(trend.path("backoffRpeDrift").decimalValue()).isEqualByComparingTo("1");

        JsonNode inPounds = getJson(trendPath(athleteId, "Back Squat", "?unit=lb")).path("sessions").get(0);
        assertThat(inPounds.path("topSet").path("unit").asText()).isEqualTo("LB");
        assertThat(inPounds.path("topSet").path("load").decimalValue()).isEqualByComparingTo("308.65");
        assertThat(inPounds.path("backoffVolumeLoad").decimalValue()).isEqualByComparingTo("2673.10");

        JsonNode logged = getJson("/sessions/" + session.sessionId());
        assertThat(logged.path("date").asText()).isEqualTo("2025-03-03");
        assertThat(logged.path("finishedAt").isTextual()).isTrue();
        assertThat(logged.path("sets")).extracting(set -> set.path("kind").asText())
                .containsExactly("WARMUP", "TOP", "BACKOFF", "BACKOFF");
        JsonNode corrected = logged.path("sets").get(3);
        assertThat(corrected.path("load").decimalValue()).isEqualByComparingTo("122.5");
        assertThat(corrected.path("rpe").decimalValue()).isEqualByComparingTo("8");
        assertThat(corrected.path("revision").asInt()).isEqualTo(2);
        assertThat(corrected.path("position").asInt()).isEqualTo(4);

        JsonNode withVoided = getJson("/sessions/" + session.sessionId() + "?includeVoided=true");
        assertThat(withVoided.path("sets")).extracting(set -> set.path("voided").asBoolean())
                .containsExactly(false, false, false, false, true);
        // revisions as command-service counts them: logged 1, corrected 2, voided +1
        assertThat(withVoided.path("sets")).extracting(set -> set.path("revision").asInt())
                .containsExactly(1, 1, 1, 2, 2);

        JsonNode history = getJson("/athletes/" + athleteId + "/sessions");
        assertThat(history.path("totalSessions").asLong()).isEqualTo(1);
        assertThat(history.path("sessions").get(0).path("setCount").asInt()).isEqualTo(4);
        assertThat(history.path("sessions").get(0).path("lifts").get(0).asText()).isEqualTo("back-squat");
    }

    @Test
    void voidingEveryTopSetRemovesTheSessionFromTheTrend() {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 3, 5), "bench day");
        UUID top = session.top("Bench Press", Load.kg("100"), 5, "8");
        session.backoff("Bench Press", Load.kg("90"), 5, "7");
        session.publish();
        awaitTrendEntry(athleteId, "bench-press", session.sessionId(), "");

        session.voidSet(top, SetKind.TOP);
        session.publish();
        awaitCaughtUp();

        assertThat(getJson(trendPath(athleteId, "bench-press", "")).path("sessions")).isEmpty();
        assertThat(getJson("/sessions/" + session.sessionId()).path("sets")).hasSize(1);
    }

    @Test
    void aSetIdLoggedAgainKeepsTheFirstSetAndTakesNoPosition() {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 3, 7), "squat day");
        UUID first = session.top("Back Squat", Load.kg("140"), 3, "8");
        session.publish();
        awaitCaughtUp();
        // a new event (new sequence, so not a duplicate) that reuses the stored set id, then a new set: the stored set
        // stays as it was and the new one is numbered right after it, as if the reused id had not been sent
        session.append(new TopSetLogged(session.sessionId(), athleteId, first,
                SetDetails.of("Back Squat", Load.kg("150"), 1, new BigDecimal("9")), Instant.now(), "phone"));
        session.backoff("Back Squat", Load.kg("120"), 5, "7");
        session.publish();
        awaitCaughtUp();

        JsonNode sets = getJson("/sessions/" + session.sessionId()).path("sets");
        assertThat(sets).extracting(set -> set.path("position").asInt()).containsExactly(1, 2);
        assertThat(sets.get(0).path("load").decimalValue()).isEqualByComparingTo("140");
        assertThat(sets.get(1).path("kind").asText()).isEqualTo("BACKOFF");
    }

    @Test
    void publishingTheSameEventsAgainChangesNothing() {
        UUID athleteId = registeredAthlete();
        SessionScript session = loggedSessionWithCorrectionAndVoid(athleteId, LocalDate.of(2025, 3, 10));
        JsonNode before = awaitTrendEntry(athleteId, "back-squat", session.sessionId(), "");
        JsonNode sessionBefore = getJson("/sessions/" + session.sessionId() + "?includeVoided=true");
        double duplicatesBefore = counter("topset.ingest.records.duplicate");

        // the at-least-once publisher resends everything after a crash, at new offsets
        session.envelopes().forEach(publisher()::publish);
        awaitCaughtUp();

        assertThat(counter("topset.ingest.records.duplicate") - duplicatesBefore)
                .isEqualTo(session.envelopes().size());
        assertThat(getJson(trendPath(athleteId, "back-squat", "")).path("sessions")).containsExactly(before);
        assertThat(getJson("/sessions/" + session.sessionId() + "?includeVoided=true")).isEqualTo(sessionBefore);
    }

    @Test
    void aRestartedConsumerResumesAtTheStoredPositionWithoutReapplying() {
        UUID athleteId = registeredAthlete();
        SessionScript first = session(athleteId).start(LocalDate.of(2025, 4, 1), "before restart");
        first.top(SQUAT, Load.kg("150"), 2, "8.5");
        first.publish();
        awaitCaughtUp();
        double appliedBefore = counter("topset.ingest.records.applied");
        double duplicatesBefore = counter("topset.ingest.records.duplicate");

        consumer.stop();
        assertThat(consumer.isRunning()).isFalse();
        SessionScript second = session(athleteId).start(LocalDate.of(2025, 4, 4), "while stopped");
        second.top(SQUAT, Load.kg("152.5"), 2, "8.5");
        second.backoff(SQUAT, Load.kg("130"), 4, "7");
        second.publish();
        Map<TopicPartition, Long> positionsWhileStopped = Map.copyOf(publisher().endOffsets());
        positionsWhileStopped.keySet().forEach(partition ->
                assertThat(storedPosition(partition)).isLessThanOrEqualTo(positionsWhileStopped.get(partition)));
        consumer.start();

        JsonNode entry = awaitTrendEntry(athleteId, "back-squat", second.sessionId(), "");

        assertThat(entry.path("topSet").path("load").decimalValue()).isEqualByComparingTo("152.5");
        // exactly the three new events were applied; nothing old was read again (not even as a duplicate)
        assertThat(counter("topset.ingest.records.applied") - appliedBefore).isEqualTo(3);
        assertThat(counter("topset.ingest.records.duplicate") - duplicatesBefore).isZero();
        assertThat(getJson(trendPath(athleteId, "back-squat", "")).path("sessions")).hasSize(2);
    }

    @Test
    void aGarbageRecordIsSkippedAndLaterRecordsStillApply() {
        UUID athleteId = registeredAthlete();
        String key = athleteId.toString();
        RecordMetadata garbage = publisher().publishRaw(key, "{\"this is\": not an envelope");
        publisher().publishRaw(key, "\u0000\u0001binary");
        EventEnvelope unknownType = new EventEnvelope(UUID.randomUUID(), "CoachAssigned", 1, athleteId, "Athlete",
                key, 1, 1, Instant.now(), Map.of(), objectMapper.createObjectNode().put("athleteId", key));
        publisher().publish(unknownType);
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 5, 1), "after garbage");
        session.top("Deadlift", Load.kg("200"), 1, "8");
        session.publish();

        awaitTrendEntry(athleteId, "deadlift", session.sessionId(), "");

        List<String> errors = jdbc.sql("""
                        SELECT error FROM skipped_event WHERE topic = :topic AND partition = :partition
                        AND record_offset IN (:offset, :next) ORDER BY record_offset
                        """)
                .param("topic", garbage.topic())
                .param("partition", garbage.partition())
                .param("offset", garbage.offset())
                .param("next", garbage.offset() + 1)
                .query(String.class)
                .list();
        assertThat(errors).hasSize(2).allSatisfy(error -> assertThat(error).isNotBlank());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM skipped_event WHERE value LIKE '%CoachAssigned%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEventTheDatabaseRejectsIsSkippedWithoutLosingItsBatch() {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 5, 20), "poisoned");
        session.top("Front Squat", Load.kg("100"), 3, "8");
        // valid JSON, valid event, but PostgreSQL text cannot hold NUL: fails inside the projection
        session.append(new TopSetLogged(session.sessionId(), athleteId, UUID.randomUUID(),
                new SetDetails("Front Squat", Load.kg("105"), 3, new BigDecimal("9"), null, null, "bad\0note"),
                Instant.now(), "phone-1"));
        session.backoff("Front Squat", Load.kg("90"), 5, "7");
        session.finish();
        session.publish();

        JsonNode entry = awaitTrendEntry(athleteId, "front-squat", session.sessionId(), "");

        assertThat(entry.path("topSetCount").asInt()).isEqualTo(1);
        assertThat(entry.path("topSet").path("load").decimalValue()).isEqualByComparingTo("100");
        assertThat(entry.path("backoffSets").asInt()).isEqualTo(1);
        assertThat(getJson("/sessions/" + session.sessionId()).path("finishedAt").isTextual()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM skipped_event WHERE value LIKE :session")
                .param("session", "%" + session.sessionId() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBrokerOutageOnlyDelaysTheViews() {
        UUID athleteId = registeredAthlete();
        awaitCaughtUp();

        TestInfrastructure.kafka().stop();
        try {
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(consumer::isRunning);
        } finally {
            TestInfrastructure.kafka().restart();
        }
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 6, 1), "after outage");
        session.top("Overhead Press", Load.kg("60"), 5, "8");
        session.publish();

        awaitTrendEntry(athleteId, "overhead-press", session.sessionId(), "");
    }

    private SessionScript loggedSessionWithCorrectionAndVoid(UUID athleteId, LocalDate date) {
        SessionScript session = session(athleteId).start(date, "squat day");
        session.warmup(SQUAT, "100", 3);
        session.top(SQUAT, Load.kg("140"), 3, "8");
        session.backoff(SQUAT, Load.kg("120"), 5, "7");
        UUID second = session.backoff(SQUAT, Load.kg("120"), 5, "7.5");
        UUID third = session.backoff(SQUAT, Load.kg("120"), 5, "8");
        session.correct(second, SetKind.BACKOFF,
                SetDetails.of(SQUAT, Load.kg("122.5"), 5, new BigDecimal("8")));
        session.voidSet(third, SetKind.BACKOFF);
        session.finish();
        return session.publish();
    }

    /** Waits until everything published is applied, then returns the session's trend entry. */
    private JsonNode awaitTrendEntry(UUID athleteId, String lift, UUID sessionId, String query) {
        awaitCaughtUp();
        return await().atMost(PATIENCE).until(() -> trendEntry(athleteId, lift, sessionId, query), entry -> entry != null);
    }

    private JsonNode trendEntry(UUID athleteId, String lift, UUID sessionId, String query) {
        var response = http.getForEntity(trendPath(athleteId, lift, query), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            return null;
        }
        for (JsonNode entry : readTree(response.getBody()).path("sessions")) {
            if (entry.path("sessionId").asText().equals(sessionId.toString())) {
                return entry;
            }
        }
        return null;
    }

    private static String trendPath(UUID athleteId, String lift, String query) {
        return "/athletes/" + athleteId + "/lifts/" + lift + "/trend" + query;
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }
}
