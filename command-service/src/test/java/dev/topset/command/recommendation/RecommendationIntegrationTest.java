package dev.topset.command.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.CommandServiceIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue, accept and dismiss over REST against the real event store and Kafka. */
class RecommendationIntegrationTest extends CommandServiceIntegrationTest {

    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-000000000051");

    private static String issueBody(UUID recommendationId, String nextLoad) {
        return """
                {"recommendationId": "%s", "lift": "Squat", "type": "INCREASE_LOAD",
                 "advice": "Add 2.5 kg: %s kg x 5.",
                 "changes": {"nextTopSetLoad": {"amount": %s, "unit": "KG"}, "topSetReps": 5},
                 "evidence": {"rule": "INCREASE_LOAD", "reason": "reps, RPE and flags agree",
                              "sessionIds": ["%s"], "firstDate": "2026-11-02", "lastDate": "2026-11-16",
                              "numbers": {"topRpe": "[7, 7, 7]"}, "summary": "INCREASE_LOAD over 3 sessions"}}
                """.formatted(recommendationId, nextLoad, nextLoad, SESSION);
    }

    private static String path(UUID athlete) {
        return "/athletes/" + athlete + "/recommendations";
    }

    @Test
    void anIssuedRecommendationIsAcceptedIntoThePlanAndPublished() {
        UUID athlete = registerAthlete("KG");
        UUID rec = UUID.randomUUID();

        var issued = asService().post(path(athlete), issueBody(rec, "142.5"));
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
        assertThat(issued.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(issued.body().path("status").asText()).isEqualTo("ISSUED");

        var again = asService().post(path(athlete), issueBody(rec, "142.5"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        var conflicting = asService().post(path(athlete), issueBody(rec, "145"));
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(conflicting.body().path("rule").asText()).isEqualTo("RECOMMENDATION_ID_REUSED");

        var accepted = http.post(path(athlete) + "/" + rec + "/accept", "");
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        assertThat(accepted.body().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().path("plan").path("nextTopSetLoad").path("amount").decimalValue())
                .isEqualByComparingTo("142.5");
        var plan = http.get("/athletes/" + athlete + "/lifts/squat/plan");
        assertThat(plan.body().path("default").asBoolean()).isFalse();
        assertThat(plan.body().path("plan").path("nextTopSetLoad").path("amount").decimalValue())
                .isEqualByComparingTo("142.5");
        var acceptedAgain = http.post(path(athlete) + "/" + rec + "/accept", "");
        assertThat(acceptedAgain.status()).isEqualTo(200);
        assertThat(acceptedAgain.header("Idempotent-Replayed")).isEqualTo("true");
        var dismissAccepted = http.post(path(athlete) + "/" + rec + "/dismiss", "{}");
        assertThat(dismissAccepted.status()).isEqualTo(422);
        assertThat(dismissAccepted.body().path("rule").asText()).isEqualTo("RECOMMENDATION_CLOSED");

        List<EventEnvelope> published = consumeEnvelopesOf(athlete, 4);
        assertThat(published).extracting(EventEnvelope::type).containsExactly("AthleteRegistered",
                "RecommendationIssued", "RecommendationAccepted", "LiftPlanAdjusted");
        assertThat(published.get(1).payload().path("evidence").path("numbers").path("topRpe").asText())
                .isEqualTo("[7, 7, 7]");
    }

    @Test
    void aReReviewAfterACorrectionSupersedesTheOpenRecommendation() {
        UUID athlete = registerAthlete("KG");
        UUID stale = UUID.randomUUID();
        UUID fresh = UUID.randomUUID(); // analytics derives the id from the evidence: a correction gives a new one
        assertThat(asService().post(path(athlete), issueBody(stale, "142.5")).status()).isEqualTo(201);

        var reissued = asService().post(path(athlete), issueBody(fresh, "140"));
        assertThat(reissued.status()).as(reissued.raw().body()).isEqualTo(201);
        var acceptStale = http.post(path(athlete) + "/" + stale + "/accept", "");
        assertThat(acceptStale.status()).isEqualTo(422);
        assertThat(acceptStale.body().path("rule").asText()).isEqualTo("RECOMMENDATION_CLOSED");
        var acceptFresh = http.post(path(athlete) + "/" + fresh + "/accept", "");
        assertThat(acceptFresh.status()).as(acceptFresh.raw().body()).isEqualTo(200);
        assertThat(acceptFresh.body().path("plan").path("nextTopSetLoad").path("amount").decimalValue())
                .isEqualByComparingTo("140");

        List<EventEnvelope> published = consumeEnvelopesOf(athlete, 6);
        assertThat(published).extracting(EventEnvelope::type).containsExactly("AthleteRegistered",
                "RecommendationIssued", "RecommendationSuperseded", "RecommendationIssued", "RecommendationAccepted",
                "LiftPlanAdjusted");
        assertThat(published.get(2).payload().path("recommendationId").asText()).isEqualTo(stale.toString());
        assertThat(published.get(2).payload().path("supersededBy").asText()).isEqualTo(fresh.toString());
    }

    @Test
    void dismissingLeavesThePlanAndUnknownIdsAreNotFound() {
        UUID athlete = registerAthlete("KG");
        UUID rec = UUID.randomUUID();
        asService().post(path(athlete), issueBody(rec, "142.5"));

        var dismissed = http.post(path(athlete) + "/" + rec + "/dismiss", "{\"reason\": \"knee sore\"}");
        assertThat(dismissed.status()).as(dismissed.raw().body()).isEqualTo(200);
        assertThat(dismissed.body().path("status").asText()).isEqualTo("DISMISSED");
        assertThat(http.get("/athletes/" + athlete + "/lifts/squat/plan").body().path("default").asBoolean())
                .isTrue();

        var unknown = http.post(path(athlete) + "/" + UUID.randomUUID() + "/accept", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("rule").asText()).isEqualTo("RECOMMENDATION_NOT_FOUND");
        var unknownAthlete = asService().post(path(UUID.randomUUID()), issueBody(UUID.randomUUID(), "142.5"));
        assertThat(unknownAthlete.status()).isEqualTo(404);
        assertThat(unknownAthlete.body().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
        var invalid = asService().post(path(athlete), "{\"lift\": \"squat\"}");
        assertThat(invalid.status()).isEqualTo(400);
    }
}
