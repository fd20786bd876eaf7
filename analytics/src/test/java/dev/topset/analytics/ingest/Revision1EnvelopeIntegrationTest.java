package dev.topset.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.analytics.support.EventPublisher;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A {@code TopSetLogged} envelope of schema version 1 (no {@code planned}) still on the topic lands in the set table. */
class Revision1EnvelopeIntegrationTest extends AnalyticsIntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void aVersion1TopSetIsStoredLikeACurrentOne() {
        UUID athleteId = UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID top = UUID.randomUUID();
        try (EventPublisher events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper)) {
            events.publish(new AthleteRegistered(athleteId, "Ada", LoadUnit.KG, null), "Athlete", athleteId);
            events.publish(new SessionStarted(sessionId, athleteId, LocalDate.of(2025, 1, 6), Instant.now(), "old app",
                    "phone"), "TrainingSession", sessionId);
            TopSetLogged topSet = new TopSetLogged(sessionId, athleteId, top,
                    SetDetails.of("Squat", Load.kg("100"), 5, new BigDecimal("8")), Instant.now(), "phone");
            ObjectNode version1 = objectMapper.valueToTree(topSet);
            version1.remove("planned");
            events.publish(topSet, "TrainingSession", sessionId, 1, version1);
            events.publish(new BackoffSetLogged(sessionId, athleteId, UUID.randomUUID(),
                    SetDetails.of("Squat", Load.kg("87.5"), 5, new BigDecimal("7")), Instant.now(), "phone"),
                    "TrainingSession", sessionId);
        }

        List<Map<String, Object>> sets = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("SELECT set_id, kind, lift, load_amount, reps FROM logged_set"
                                + " WHERE session_id = :session ORDER BY position")
                        .param("session", sessionId).query().listOfRows(), rows -> rows.size() == 2);
        assertThat(sets.get(0).get("set_id")).isEqualTo(top);
        assertThat(sets.get(0).get("kind")).isEqualTo("TOP");
        assertThat(sets.get(0).get("lift")).isEqualTo("squat");
        assertThat((BigDecimal) sets.get(0).get("load_amount")).isEqualByComparingTo("100");
        assertThat(sets.get(1).get("kind")).isEqualTo("BACKOFF");
        assertThat(jdbc.sql("SELECT count(*) FROM skipped_event WHERE record_key = :key")
                .param("key", athleteId.toString()).query(Long.class).single()).isZero();
    }
}
