package dev.topset.command.athlete;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.command.eventstore.AggregateCaches;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Athlete snapshots in the real event store: taken after {@code topset.athlete.snapshot-threshold} events, read
 * back through the configured serializer and upcaster chain, and an athlete loaded from the snapshot plus the
 * events after it answers plan and recommendation commands exactly as the one built from all its events did.
 */
class AthleteSnapshotIntegrationTest extends CommandServiceIntegrationTest {

    private static final String PLAN = """
            {"topSet": {"reps": 5, "rpeMin": 7.5, "rpeMax": 8.5},
             "backoff": {"type": "PERCENT_DROP", "dropPercent": 10, "sets": 4},
             "progression": {"method": "LINEAR", "increment": 2.5}, "loading": {"unit": "KG"},
             "nextTopSetLoad": 140}""";

    private static final UUID REVIEWED_SESSION = UUID.fromString("00000000-0000-0000-0000-000000000077");

    @Autowired
    AthleteSnapshotProperties properties;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier(AggregateCaches.ATHLETES)
    Cache athleteCache;

    @Test
    void aSnapshotIsStoredAfterTheThresholdAndTheAthleteLoadedFromItBehavesTheSame() {
        UUID athlete = registerAthlete("KG");
        UUID open = UUID.randomUUID();
        UUID dismissed = UUID.randomUUID();
        assertThat(http.put(plan(athlete), PLAN).status()).isEqualTo(200);
        // the dismissed one first: a newer recommendation of a lift supersedes the open older ones
        assertThat(asService().post(recommendations(athlete), issueBody(dismissed, "147.5")).status()).isEqualTo(201);
        assertThat(http.post(recommendations(athlete) + "/" + dismissed + "/dismiss", "{}").status()).isEqualTo(200);
        assertThat(asService().post(recommendations(athlete), issueBody(open, "150")).status()).isEqualTo(201);
        for (int i = 0; eventsOf(athlete) <= properties.snapshotThreshold() + 1; i++) {
            var adjusted = http.patch(plan(athlete), """
                    {"nextTopSetLoad": %s, "reason": "wave"}""".formatted(i % 2 == 0 ? "142.5" : "140"));
            assertThat(adjusted.status()).as(adjusted.raw().body()).isEqualTo(200);
        }
        long events = eventsOf(athlete);
        JsonNode planBefore = http.get(plan(athlete)).body().path("plan");

        var snapshot = jdbc.sql("""
                        SELECT sequenceNumber, payloadType, payloadRevision FROM SnapshotEventEntry
                        WHERE aggregateIdentifier = ?""")
                .param(athlete.toString())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat((long) snapshot[0]).isGreaterThanOrEqualTo(properties.snapshotThreshold() - 1);
        assertThat(snapshot[1]).isEqualTo(Athlete.class.getName());
        assertThat(snapshot[2]).isEqualTo(Athlete.SNAPSHOT_REVISION);

        // the event store serves the snapshot first (deserialized with the configured serializer and upcasters)
        athleteCache.removeAll();
        DomainEventMessage<?> first = eventStore.readEvents(athlete.toString()).next();
        assertThat(first.getPayload()).isInstanceOf(Athlete.class);
        assertThat(first.getSequenceNumber()).isEqualTo((long) snapshot[0]);

        // the same plan and recommendations as before: replays are recognised, closed stays closed
        var samePlan = http.patch(plan(athlete), """
                {"nextTopSetLoad": %s}""".formatted(planBefore.path("nextTopSetLoad").path("amount").asText()));
        assertThat(samePlan.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(asService().post(recommendations(athlete), issueBody(open, "150")).header("Idempotent-Replayed"))
                .isEqualTo("true");
        assertThat(asService().post(recommendations(athlete), issueBody(open, "152.5")).status()).isEqualTo(409);
        var acceptDismissed = http.post(recommendations(athlete) + "/" + dismissed + "/accept", "");
        assertThat(acceptDismissed.status()).isEqualTo(422);
        assertThat(acceptDismissed.body().path("rule").asText()).isEqualTo("RECOMMENDATION_CLOSED");
        assertThat(eventsOf(athlete)).as("replays record nothing").isEqualTo(events);

        // accepting adjusts the plan it restored: only the recommended fields change
        athleteCache.removeAll();
        HttpJson.Response accepted = http.post(recommendations(athlete) + "/" + open + "/accept", "");
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        ObjectNode expected = planBefore.deepCopy();
        ((ObjectNode) expected.path("nextTopSetLoad")).put("amount", 150);
        JsonNode planAfter = accepted.body().path("plan");
        assertThat(planAfter.path("nextTopSetLoad").path("amount").decimalValue()).isEqualByComparingTo("150");
        assertThat(planAfter.path("topSet")).isEqualTo(planBefore.path("topSet"));
        assertThat(planAfter.path("backoff")).isEqualTo(planBefore.path("backoff"));
        assertThat(planAfter.path("progression")).isEqualTo(planBefore.path("progression"));
        assertThat(eventsOf(athlete)).isEqualTo(events + 2); // RecommendationAccepted, LiftPlanAdjusted

        // a snapshot of another revision of the aggregate's fields is skipped: the athlete is rebuilt from events
        jdbc.sql("UPDATE SnapshotEventEntry SET payloadRevision = '0' WHERE aggregateIdentifier = ?")
                .param(athlete.toString()).update();
        athleteCache.removeAll();
        DomainEventMessage<?> rebuiltFrom = eventStore.readEvents(athlete.toString()).next();
        assertThat(rebuiltFrom.getPayloadType().getSimpleName()).isEqualTo("AthleteRegistered");
        assertThat(http.post(recommendations(athlete) + "/" + open + "/accept", "").header("Idempotent-Replayed"))
                .isEqualTo("true");
    }

    private static String plan(UUID athlete) {
        return "/athletes/" + athlete + "/lifts/squat/plan";
    }

    private static String recommendations(UUID athlete) {
        return "/athletes/" + athlete + "/recommendations";
    }

    private static String issueBody(UUID recommendationId, String nextLoad) {
        return """
                {"recommendationId": "%s", "lift": "Squat", "type": "INCREASE_LOAD",
                 "advice": "Add load: %s kg x 5.",
                 "changes": {"nextTopSetLoad": {"amount": %s, "unit": "KG"}, "topSetReps": 5},
                 "evidence": {"rule": "INCREASE_LOAD", "reason": "reps, RPE and flags agree",
                              "sessionIds": ["%s"], "firstDate": "2026-11-02", "lastDate": "2026-11-16",
                              "numbers": {"topRpe": "[7, 7, 7]"}, "summary": "INCREASE_LOAD over 3 sessions"}}
                """.formatted(recommendationId, nextLoad, nextLoad, REVIEWED_SESSION);
    }
}
