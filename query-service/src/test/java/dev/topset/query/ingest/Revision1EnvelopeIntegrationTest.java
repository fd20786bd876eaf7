package dev.topset.query.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.training.Load;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The topic keeps every event ever published, so a rebuild reads {@code TopSetLogged} envelopes of schema version 1
 * (without {@code planned}) next to current ones: they project exactly like current ones.
 */
class Revision1EnvelopeIntegrationTest extends QueryServiceIntegrationTest {

    @Test
    void aVersion1TopSetOnTheTopicProjectsIntoTheSessionAndTheTrend() {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 2, 3), "old app");
        session.top("Back Squat", Load.kg("140"), 5, "8");
        session.backoff("Back Squat", Load.kg("122.5"), 5, "7.5");
        session.finish();
        for (EventEnvelope envelope : session.envelopes()) {
            publisher().publish(envelope.type().equals("TopSetLogged") ? asVersion1(envelope) : envelope);
        }
        awaitCaughtUp();

        JsonNode entry = await().atMost(PATIENCE).until(() -> trendEntry(athleteId, session.sessionId()),
                found -> found != null);
        assertThat(entry.path("topSet").path("load").decimalValue()).isEqualByComparingTo("140");
        assertThat(entry.path("topSet").path("reps").asInt()).isEqualTo(5);
        assertThat(entry.path("topSetCount").asInt()).isEqualTo(1);
        assertThat(entry.path("backoffSets").asInt()).isEqualTo(1);
        JsonNode detail = getJson("/sessions/" + session.sessionId());
        assertThat(detail.toString()).contains("\"kind\":\"TOP\"");
        assertThat(jdbc.sql("SELECT count(*) FROM skipped_event WHERE record_key = :key")
                .param("key", athleteId.toString()).query(Long.class).single()).isZero();
    }

    /** The envelope as the publisher of revision 1 sent it. */
    private static EventEnvelope asVersion1(EventEnvelope current) {
        ObjectNode payload = current.payload().deepCopy();
        payload.remove("planned");
        return new EventEnvelope(current.eventId(), current.type(), 1, current.athleteId(), current.aggregateType(),
                current.aggregateId(), current.sequence(), current.globalPosition(), current.occurredAt(),
                current.metadata(), payload);
    }

    private JsonNode trendEntry(UUID athleteId, UUID sessionId) {
        for (JsonNode entry : getJson("/athletes/" + athleteId + "/lifts/back-squat/trend").path("sessions")) {
            if (entry.path("sessionId").asText().equals(sessionId.toString())) {
                return entry;
            }
        }
        return null;
    }
}
