package dev.topset.command.gym;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.EmbeddedInfrastructure;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** Gym management and consent over REST against the real event store and Kafka. */
class GymIntegrationTest extends CommandServiceIntegrationTest {

    private HttpJson admin() {
        return http.withToken(TestTokens.withRoles("admin-1", "gym_admin"));
    }

    private UUID createGym() {
        UUID gym = UUID.randomUUID();
        var created = admin().post("/gyms", """
                {"gymId": "%s", "name": "Iron Temple"}""".formatted(gym));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(created.body().path("admin").asText()).isEqualTo("admin-1");
        return gym;
    }

    @Test
    void aMemberJoinsChangesAndRevokesConsentAndTheGymsEventsArePublishedInOrder() {
        UUID gym = createGym();
        UUID athlete = registerAthlete("KG");
        assertThat(admin().post("/gyms/" + gym + "/coaches", "{\"coach\": \"coach-1\"}").body().path("coaches")
                .get(0).asText()).isEqualTo("coach-1");

        var notInvited = http.post("/gyms/" + gym + "/members", """
                {"athleteId": "%s", "scope": "TRENDS"}""".formatted(athlete));
        assertThat(notInvited.status()).isEqualTo(422);
        assertThat(notInvited.contentType()).startsWith("application/problem+json");
        assertThat(notInvited.body().path("rule").asText()).isEqualTo("GYM_NOT_INVITED");

        assertThat(admin().post("/gyms/" + gym + "/invitations", "{\"athleteId\": \"%s\"}".formatted(athlete))
                .body().path("status").asText()).isEqualTo("INVITED");
        String join = """
                {"athleteId": "%s", "scope": "TRENDS_AND_SESSIONS", "leaderboard": true}""".formatted(athlete);
        var joined = http.post("/gyms/" + gym + "/members", join);
        assertThat(joined.status()).as(joined.raw().body()).isEqualTo(200);
        assertThat(joined.body().path("status").asText()).isEqualTo("MEMBER");
        assertThat(joined.body().path("scope").asText()).isEqualTo("TRENDS_AND_SESSIONS");
        var retried = http.post("/gyms/" + gym + "/members", join);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");

        var changed = http.put("/gyms/" + gym + "/members/" + athlete + "/consent", "{\"scope\": \"TRENDS\"}");
        assertThat(changed.body().path("scope").asText()).isEqualTo("TRENDS");
        assertThat(changed.body().path("leaderboard").asBoolean()).isFalse();
        var revoked = http.delete("/gyms/" + gym + "/members/" + athlete + "/consent");
        assertThat(revoked.body().path("status").asText()).isEqualTo("CONSENT_REVOKED");
        assertThat(http.delete("/gyms/" + gym + "/members/" + athlete + "/consent").header("Idempotent-Replayed"))
                .isEqualTo("true");
        assertThat(http.delete("/gyms/" + gym + "/members/" + athlete).body().path("status").asText())
                .isEqualTo("LEFT");

        List<JsonNode> published = consumeByKey(gym.toString(), 7);
        assertThat(published).extracting(envelope -> envelope.path("type").asText()).containsExactly(
                "GymCreated", "CoachAdded", "MemberInvited", "MemberJoined", "ConsentChanged", "ConsentRevoked",
                "MemberLeft");
        assertThat(published).extracting(envelope -> envelope.path("sequence").asLong())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(published.get(3).path("athleteId").asText()).isEqualTo(athlete.toString());
        assertThat(published.get(0).path("athleteId").isNull()).isTrue();
        assertThat(published.get(3).path("payload").path("leaderboard").asBoolean()).isTrue();
        // the athlete's own catch-up log is sessions and profile, not the gym's stream
        assertThat(http.get("/athletes/" + athlete + "/events").body().path("events")).hasSize(1);
    }

    @Test
    void theGymsStreamSequenceIsForStaffRolesAndFollowsEveryCommand() {
        UUID gym = createGym();
        HttpJson coach = http.withToken(TestTokens.withRoles("coach-9", "coach"));
        assertThat(coach.get("/gyms/" + gym + "/sequence").body().path("sequence").asLong()).isZero();
        admin().post("/gyms/" + gym + "/coaches", "{\"coach\": \"coach-9\"}");
        var after = coach.get("/gyms/" + gym + "/sequence");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body().path("gymId").asText()).isEqualTo(gym.toString());
        assertThat(after.body().path("sequence").asLong()).isEqualTo(1);
        assertThat(http.withToken(TestTokens.service()).get("/gyms/" + gym + "/sequence").status()).isEqualTo(200);

        assertThat(http.get("/gyms/" + gym + "/sequence").status()).isEqualTo(403);   // an athlete
        UUID athlete = registerAthlete("KG");
        var notAGym = coach.get("/gyms/" + athlete + "/sequence");
        assertThat(notAGym.status()).isEqualTo(404);
        assertThat(notAGym.body().path("rule").asText()).isEqualTo("GYM_NOT_FOUND");
        assertThat(coach.get("/gyms/" + UUID.randomUUID() + "/sequence").status()).isEqualTo(404);
    }

    @Test
    void badInputAndUnknownIdsAreProblemsThatRecordNothing() {
        UUID gym = createGym();
        var reused = admin().post("/gyms", """
                {"gymId": "%s", "name": "Other Gym"}""".formatted(gym));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().path("rule").asText()).isEqualTo("GYM_ID_REUSED");
        assertThat(reused.body().path("current").path("name").asText()).isEqualTo("Iron Temple");

        var badScope = http.post("/gyms/" + gym + "/members", """
                {"athleteId": "%s", "scope": "EVERYTHING"}""".formatted(UUID.randomUUID()));
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.body().path("errors").get(0).path("field").asText()).isEqualTo("scope");
        var noScope = http.put("/gyms/" + gym + "/members/" + UUID.randomUUID() + "/consent", "{}");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.body().path("errors").get(0).path("field").asText()).isEqualTo("scope");
        var blankCoach = admin().post("/gyms/" + gym + "/coaches", "{\"coach\": \" \"}");
        assertThat(blankCoach.status()).isEqualTo(400);
        assertThat(blankCoach.body().path("errors").get(0).path("field").asText()).isEqualTo("coach");

        UUID stranger = registerAthlete("KG");
        var notMember = as(stranger).put("/gyms/" + gym + "/members/" + stranger + "/consent",
                "{\"scope\": \"TRENDS\"}");
        assertThat(notMember.status()).isEqualTo(422);
        assertThat(notMember.body().path("rule").asText()).isEqualTo("GYM_NOT_MEMBER");
        var unknownAthlete = admin().post("/gyms/" + gym + "/invitations",
                "{\"athleteId\": \"%s\"}".formatted(UUID.randomUUID()));
        assertThat(unknownAthlete.status()).isEqualTo(404);
        assertThat(unknownAthlete.body().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
        var unknownGym = admin().post("/gyms/" + UUID.randomUUID() + "/coaches", "{\"coach\": \"coach-1\"}");
        assertThat(unknownGym.status()).isEqualTo(404);
        assertThat(unknownGym.body().path("rule").asText()).isEqualTo("GYM_NOT_FOUND");

        assertThat(eventsOf(gym)).isEqualTo(1);
    }

    @Test
    void onlyTheGymsAdminManagesItAndOnlyTheAthleteDecidesTheirConsent() {
        UUID gym = createGym();
        UUID athlete = registerAthlete("KG");
        admin().post("/gyms/" + gym + "/invitations", "{\"athleteId\": \"%s\"}".formatted(athlete));
        String join = "{\"athleteId\": \"%s\", \"scope\": \"TRENDS\"}".formatted(athlete);

        var otherAdmin = http.withToken(TestTokens.withRoles("admin-2", "gym_admin"))
                .post("/gyms/" + gym + "/coaches", "{\"coach\": \"coach-9\"}");
        assertThat(otherAdmin.status()).isEqualTo(404);
        assertThat(otherAdmin.body().path("rule").asText()).isEqualTo("GYM_NOT_FOUND");
        var coach = http.withToken(TestTokens.withRoles("coach-1", "coach"));
        assertThat(coach.post("/gyms/" + gym + "/coaches", "{\"coach\": \"coach-9\"}").status()).isEqualTo(403);
        assertThat(coach.post("/gyms", "{\"gymId\": \"%s\", \"name\": \"Mine\"}".formatted(UUID.randomUUID()))
                .status()).isEqualTo(403);
        assertThat(as(athlete).post("/gyms/" + gym + "/invitations", "{\"athleteId\": \"%s\"}".formatted(athlete))
                .status()).isEqualTo(403);

        // nobody joins or changes consent for an athlete but the athlete: not the gym admin, not a coach
        assertThat(admin().post("/gyms/" + gym + "/members", join).status()).isEqualTo(403);
        assertThat(coach.post("/gyms/" + gym + "/members", join).status()).isEqualTo(403);
        var otherAthlete = as(UUID.randomUUID()).post("/gyms/" + gym + "/members", join);
        assertThat(otherAthlete.status()).isEqualTo(404);
        assertThat(otherAthlete.body().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
        assertThat(as(athlete).post("/gyms/" + gym + "/members", join).status()).isEqualTo(200);
        assertThat(admin().delete("/gyms/" + gym + "/members/" + athlete + "/consent").status()).isEqualTo(403);
        assertThat(http.anonymous().delete("/gyms/" + gym + "/members/" + athlete).status()).isEqualTo(401);

        assertThat(eventsOf(gym)).isEqualTo(3); // created, invited, joined: every refused command left nothing
    }

    /** Reads the topic from the start until {@code expected} envelopes with this key arrived (30 s at most). */
    private static List<JsonNode> consumeByKey(String key, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(EventEnvelope.TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (found.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found.add(read(record.value()));
                    }
                }
            }
        }
        return found;
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
