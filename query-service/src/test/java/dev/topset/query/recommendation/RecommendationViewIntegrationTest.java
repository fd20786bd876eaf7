package dev.topset.query.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.TrainingEvent;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationSuperseded;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.training.Load;
import dev.topset.query.support.EventPublisher;
import dev.topset.query.support.QueryServiceIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Recommendation events from the topic → GET /athletes/{id}/recommendations. */
class RecommendationViewIntegrationTest extends QueryServiceIntegrationTest {

    private long sequence = 1;

    private void publish(UUID athleteId, TrainingEvent event) {
        EventPublisher events = publisher();
        events.publish(events.envelope(event, "Athlete", athleteId, sequence++));
    }

    private static RecommendationIssued issued(UUID athleteId, String lift, UUID id, String type, String load) {
        return new RecommendationIssued(athleteId, lift, id, type, "Top set " + load + " kg x 5.",
                new LiftPlanChanges(Load.kg(load), 5, null, null, null, null), null,
                new RecommendationEvidence(type, "reps, RPE and flags agree", List.of(UUID.randomUUID()),
                        LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 17), Map.of("topRpe", "[7, 7, 7]", "e1rmKg", "160.5", "dates", "[2025-03-03, 2025-03-17]",
                                "maxBackoffRpe", "null", "nested", "[[7, 8], []]"),
                        type + ": reps, RPE and flags agree"));
    }

    private JsonNode get(UUID athleteId, String query) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/athletes/" + athleteId + "/recommendations" + query,
                String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return objectMapper.readTree(response.getBody());
    }

    @Test
    void currentShowsTheLatestOpenRecommendationPerLiftAndAllShowsHistory() throws Exception {
        UUID athlete = registeredAthlete();
        UUID firstSquat = UUID.randomUUID();
        UUID secondSquat = UUID.randomUUID();
        UUID bench = UUID.randomUUID();
        UUID deadlift = UUID.randomUUID();
        publish(athlete, issued(athlete, "squat", firstSquat, "HOLD", "140"));
        // a re-review after a correction: command-service closes the open one before recording the new one
        publish(athlete, new RecommendationSuperseded(athlete, "squat", firstSquat, secondSquat));
        publish(athlete, issued(athlete, "squat", secondSquat, "INCREASE_LOAD", "142.5"));
        publish(athlete, issued(athlete, "bench-press", bench, "INCREASE_LOAD", "100"));
        publish(athlete, issued(athlete, "deadlift", deadlift, "DELOAD", "180"));
        publish(athlete, new RecommendationAccepted(athlete, "bench-press", bench,
                new LiftPlanChanges(Load.kg("100"), 5, null, null, null, null), "phone"));
        publish(athlete, new RecommendationDismissed(athlete, "deadlift", deadlift, "meet next week", "phone"));
        awaitCaughtUp();

        JsonNode current = get(athlete, "");
        assertThat(current.path("status").asText()).isEqualTo("current");
        assertThat(current.path("recommendations")).hasSize(1);
        JsonNode squat = current.path("recommendations").get(0);
        assertThat(squat.path("recommendationId").asText()).isEqualTo(secondSquat.toString());
        assertThat(squat.path("type").asText()).isEqualTo("INCREASE_LOAD");
        assertThat(squat.path("status").asText()).isEqualTo("ISSUED");
        assertThat(squat.path("changes").path("nextTopSetLoad").path("amount").decimalValue())
                .isEqualByComparingTo("142.5");
        // real JSON, not JSON-like text inside a string
        JsonNode numbers = squat.path("evidence").path("numbers");
        assertThat(numbers.path("topRpe").isArray()).as(numbers.toString()).isTrue();
        assertThat(numbers.path("topRpe")).extracting(JsonNode::decimalValue).containsExactly(
                new java.math.BigDecimal("7"), new java.math.BigDecimal("7"), new java.math.BigDecimal("7"));
        assertThat(numbers.path("e1rmKg").isNumber()).isTrue();
        assertThat(numbers.path("e1rmKg").decimalValue()).isEqualByComparingTo("160.5");
        assertThat(numbers.path("dates").get(1).asText()).isEqualTo("2025-03-17");
        assertThat(numbers.path("maxBackoffRpe").isNull()).isTrue();
        assertThat(numbers.path("nested").toString()).isEqualTo("[[7,8],[]]");
        assertThat(squat.path("evidence").path("firstDate").asText()).isEqualTo("2025-03-03");

        JsonNode all = get(athlete, "?status=ALL");
        assertThat(all.path("recommendations")).hasSize(4);
        assertThat(all.path("recommendations")).extracting(r -> r.path("lift").asText() + ":" + r.path("status").asText())
                .containsExactlyInAnyOrder("squat:SUPERSEDED", "squat:ISSUED", "bench-press:ACCEPTED",
                        "deadlift:DISMISSED");
        assertThat(all.path("recommendations")).filteredOn(r -> r.path("lift").asText().equals("deadlift"))
                .extracting(r -> r.path("dismissReason").asText()).containsExactly("meet next week");
    }

    @Test
    void badParametersAreProblemsAndUnknownAthletesAreNotFound() {
        ResponseEntity<String> bad = http.getForEntity("/athletes/" + UUID.randomUUID() + "/recommendations?status=open",
                String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(bad.getBody()).contains("\"field\":\"status\"");
        ResponseEntity<String> notUuid = http.getForEntity("/athletes/nope/recommendations", String.class);
        assertThat(notUuid.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> unknown = http.getForEntity("/athletes/" + UUID.randomUUID() + "/recommendations",
                String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }
}
