package dev.topset.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.analytics.support.EventPublisher;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.session.WarmupSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Events on the topic → analytics' set tables → the review endpoint, against the real broker and database. */
class AnalyticsIngestIntegrationTest extends AnalyticsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper objectMapper;

    private EventPublisher events;
    private final UUID athleteId = UUID.randomUUID();

    @BeforeEach
    void publisher() {
        events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper);
    }

    @AfterEach
    void closePublisher() {
        events.close();
    }

    @Test
    void publishedSessionsAreReviewedAndCorrectionsAndVoidsAreReflected() {
        events.publish(new AthleteRegistered(athleteId, "Ada", LoadUnit.KG, null), "Athlete", athleteId);
        Session first = new Session(LocalDate.of(2025, 3, 3));
        first.set(SetKind.WARMUP, "60", 5, null);
        first.set(SetKind.TOP, "100", 5, "8");
        first.set(SetKind.BACKOFF, "87.5", 5, "7");
        first.set(SetKind.BACKOFF, "87.5", 5, "7.5");
        first.set(SetKind.BACKOFF, "87.5", 5, "7.5");
        first.finish();
        Session second = new Session(LocalDate.of(2025, 3, 10));
        second.set(SetKind.TOP, "100", 5, "8");
        List.of("7", "7", "7").forEach(rpe -> second.set(SetKind.BACKOFF, "87.5", 5, rpe));
        Session third = new Session(LocalDate.of(2025, 3, 17));
        UUID thirdTop = third.set(SetKind.TOP, "102.5", 5, "8");
        third.set(SetKind.BACKOFF, "90", 5, "7");
        third.set(SetKind.BACKOFF, "90", 5, "7.5");
        UUID thirdLastBackoff = third.set(SetKind.BACKOFF, "90", 5, "8");

        JsonNode window = awaitWindow(sessions -> sessions.size() == 3);

        assertThat(window.path("lift").asText()).isEqualTo("squat");
        assertThat(window.path("unit").asText()).isEqualTo("KG");
        assertThat(window.path("sessions")).extracting(session -> session.path("sessionId").asText())
                .containsExactly(first.id.toString(), second.id.toString(), third.id.toString());
        assertThat(window.path("sessions")).extracting(session -> session.path("date").asText())
                .containsExactly("2025-03-03", "2025-03-10", "2025-03-17");
        assertThat(window.path("sessions")).extracting(session -> session.path("topLoad").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("102.5"));
        assertThat(window.path("sessions")).extracting(session -> session.path("backoffSetsDone").asInt())
                .containsExactly(3, 3, 3);
        assertThat(jdbc.sql("SELECT preferred_unit FROM athlete WHERE athlete_id = :id").param("id", athleteId)
                .query(String.class).single()).isEqualTo("KG");
        assertThat(jdbc.sql("SELECT kind FROM logged_set WHERE session_id = :id ORDER BY position")
                .param("id", first.id).query(String.class).list())
                .containsExactly("WARMUP", "TOP", "BACKOFF", "BACKOFF", "BACKOFF");
        assertThat(jdbc.sql("SELECT position FROM logged_set WHERE session_id = :id ORDER BY position")
                .param("id", first.id).query(Integer.class).list()).containsExactly(1, 2, 3, 4, 5);

        third.correct(thirdTop, SetKind.TOP, "105", 5, "8.5", SetFlag.TECHNIQUE_BREAKDOWN);
        third.voidSet(thirdLastBackoff, SetKind.BACKOFF);

        JsonNode corrected = awaitWindow(sessions -> sessions.size() == 3
                && sessions.get(2).path("backoffSetsDone").asInt() == 2
                && sessions.get(2).path("topLoad").decimalValue().compareTo(new BigDecimal("105")) == 0)
                .path("sessions").get(2);

        assertThat(corrected.path("topRpe").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(corrected.path("techniqueFlags").asInt()).isEqualTo(1);
        Map<String, Object> top = jdbc.sql("SELECT position, load_amount, rpe, flags::text AS flags, voided "
                        + "FROM logged_set WHERE set_id = :id").param("id", thirdTop).query().singleRow();
        assertThat(top).containsEntry("position", 1).containsEntry("flags", "{TECHNIQUE_BREAKDOWN}")
                .containsEntry("voided", false);
        assertThat((BigDecimal) top.get("load_amount")).isEqualByComparingTo("105");
        assertThat(jdbc.sql("SELECT voided FROM logged_set WHERE set_id = :id").param("id", thirdLastBackoff)
                .query(Boolean.class).single()).isTrue();
        // the void keeps the row (and the positions of the others)
        assertThat(jdbc.sql("SELECT position FROM logged_set WHERE session_id = :id ORDER BY position")
                .param("id", third.id).query(Integer.class).list()).containsExactly(1, 2, 3, 4);
    }

    /** Waits until everything published is stored and the squat window satisfies {@code done}. */
    /**
     * Issue 19: backoffs at 17:05 (RPE 7) and 17:20 (RPE 8.5) from the phone, then the offline watch's 17:10 set
     * (RPE 7.5). The review counts them in the order they were done: drift 8.5 - 7, not 7.5 - 7 in arrival order.
     */
    @Test
    void aSessionsSetsAreReviewedInThePerformedOrderNotTheArrival() {
        events.publish(new AthleteRegistered(athleteId, "Ada", LoadUnit.KG, null), "Athlete", athleteId);
        Session session = new Session(LocalDate.of(2025, 3, 3));
        Instant fivePm = Instant.parse("2025-03-03T17:00:00Z");
        session.set(SetKind.TOP, "100", 5, "8", fivePm);
        session.set(SetKind.BACKOFF, "87.5", 5, "7", fivePm.plusSeconds(300));
        session.set(SetKind.BACKOFF, "87.5", 5, "8.5", fivePm.plusSeconds(1200));
        session.set(SetKind.BACKOFF, "87.5", 5, "7.5", fivePm.plusSeconds(600));

        JsonNode reviewed = awaitWindow(sessions -> sessions.size() == 1
                && sessions.get(0).path("backoffSetsDone").asInt() == 3).path("sessions").get(0);

        assertThat(reviewed.path("backoffRpeDrift").decimalValue()).as(reviewed.toString())
                .isEqualByComparingTo("1.5");
    }

    private JsonNode awaitWindow(Predicate<List<JsonNode>> done) {
        awaitConsumed(events, PATIENCE);
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(this::squatWindow, window -> window != null && done.test(sessions(window)));
    }

    private JsonNode squatWindow() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/athletes/" + athleteId + "/lifts/squat/review",
                String.class);
        return response.getStatusCode().is2xxSuccessful()
                ? objectMapper.readTree(response.getBody()).path("window") : null;
    }

    private static List<JsonNode> sessions(JsonNode window) {
        List<JsonNode> sessions = new ArrayList<>();
        window.path("sessions").forEach(sessions::add);
        return sessions;
    }


    /** The events the TrainingSession aggregate would publish for one squat session. */
    private final class Session {

        final UUID id = UUID.randomUUID();

        Session(LocalDate date) {
            publish(new SessionStarted(id, athleteId, date, date.atTime(18, 0).toInstant(java.time.ZoneOffset.UTC),
                    "lower", "phone"));
        }

        UUID set(SetKind kind, String kg, int reps, String rpe) {
            return set(kind, kg, reps, rpe, Instant.now());
        }

        UUID set(SetKind kind, String kg, int reps, String rpe, Instant now) {
            UUID setId = UUID.randomUUID();
            SetDetails details = SetDetails.of("Squat", Load.kg(kg), reps, rpe == null ? null : new BigDecimal(rpe));
            publish(switch (kind) {
                case WARMUP -> new WarmupSetLogged(id, athleteId, setId, details, now, "phone");
                case TOP -> new TopSetLogged(id, athleteId, setId, details, now, "phone");
                case BACKOFF -> new BackoffSetLogged(id, athleteId, setId, details, now, "phone");
                default -> throw new IllegalArgumentException(kind.name());
            });
            return setId;
        }

        void correct(UUID setId, SetKind kind, String kg, int reps, String rpe, SetFlag flag) {
            publish(new SetCorrected(id, athleteId, setId, kind, new SetDetails("squat", Load.kg(kg), reps,
                    new BigDecimal(rpe), null, Set.of(flag), null), "typo", "web"));
        }

        void voidSet(UUID setId, SetKind kind) {
            publish(new SetVoided(id, athleteId, setId, kind, "logged twice", "web"));
        }

        void finish() {
            publish(new SessionFinished(id, athleteId, Instant.now(), "phone"));
        }

        private void publish(dev.topset.api.TrainingEvent event) {
            events.publish(event, "TrainingSession", id);
        }
    }
}
