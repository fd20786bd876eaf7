package dev.topset.query.gym;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.CoachRemoved;
import dev.topset.api.gym.ConsentRevoked;
import dev.topset.api.gym.ConsentScope;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.gym.MemberLeft;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Gym and athlete events from the topic → membership read model, gym aggregates and access decisions. Two members
 * share (one in kg, one in lb), one revoked, one only invited: only the sharing ones count, and a revocation
 * removes a member from every aggregate and from the coach's reads.
 */
class GymAggregatesIntegrationTest extends QueryServiceIntegrationTest {

    private static final LocalDate TO = LocalDate.of(2026, 11, 22); // a Sunday

    @Autowired
    private GymAccess access;

    private final UUID gym = UUID.randomUUID();
    private final UUID otherGym = UUID.randomUUID();
    private final UUID ada = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID cy = UUID.randomUUID();
    private final UUID dee = UUID.randomUUID();

    private void athlete(UUID id, String name, Load bodyWeight) {
        publish(new AthleteRegistered(id, name, bodyWeight.unit(), bodyWeight), "Athlete", id);
    }

    private void squatSession(UUID athlete, LocalDate date, Load top, Load backoff) {
        var session = session(athlete).start(date, "Lower");
        session.warmup("Squat", "60", 5);
        session.top("Squat", top, 5, "8");
        if (backoff != null) {
            session.backoff("Squat", backoff, 5, "7");
        }
        session.publish();
    }

    private void deload(UUID athlete) {
        publish(new RecommendationIssued(athlete, "squat", UUID.randomUUID(), "DELOAD", "Take 10 % off for a week.",
                null, null, new RecommendationEvidence("DELOAD", "e1RM fell three sessions in a row",
                List.of(UUID.randomUUID()), TO.minusWeeks(2), TO, Map.of(), "DELOAD")), "Athlete", athlete);
    }

    /** Who reads the gym views: its coach, later its admin. */
    private String reader = TestTokens.withRoles("coach-1", "coach");

    private JsonNode get(String path) {
        token = reader;
        return getJson("/gyms/" + gym + path);
    }

    private int status(String token, String path) {
        this.token = token;
        return http.getForEntity(path, String.class).getStatusCode().value();
    }

    @Test
    void onlySharingMembersCountAndARevocationDropsAMemberEverywhere() {
        gym(new GymCreated(gym, "Iron Temple", "admin-1"));
        gym(new CoachAdded(gym, "coach-1"));
        gym(new GymCreated(otherGym, "Other Gym", "admin-2"));
        gym(new CoachAdded(otherGym, "coach-2"));
        athlete(ada, "Ada", Load.kg("80"));
        athlete(ben, "Ben", new Load(new java.math.BigDecimal("220.5"), LoadUnit.LB));
        athlete(cy, "Cy", Load.kg("90"));
        athlete(dee, "Dee", Load.kg("70"));
        for (UUID member : List.of(ada, ben, cy, dee)) {
            gym(new MemberInvited(gym, member));
        }
        gym(new MemberJoined(gym, ada, ConsentScope.TRENDS_AND_SESSIONS, true));
        gym(new MemberJoined(gym, ben, ConsentScope.TRENDS, true));
        gym(new MemberJoined(gym, cy, ConsentScope.TRENDS_AND_SESSIONS, true));
        gym(new ConsentRevoked(gym, cy));
        squatSession(ada, LocalDate.of(2026, 11, 10), Load.kg("100"), Load.kg("87.5"));
        squatSession(ada, LocalDate.of(2026, 11, 17), Load.kg("105"), null);
        squatSession(ben, LocalDate.of(2026, 11, 11), new Load(new java.math.BigDecimal("300"), LoadUnit.LB), null);
        squatSession(ben, LocalDate.of(2026, 11, 18), new Load(new java.math.BigDecimal("310"), LoadUnit.LB), null);
        squatSession(cy, LocalDate.of(2026, 11, 12), Load.kg("200"), Load.kg("180"));
        squatSession(cy, LocalDate.of(2026, 11, 19), Load.kg("220"), null);
        squatSession(dee, LocalDate.of(2026, 11, 12), Load.kg("50"), null);
        deload(ada);
        deload(cy);
        awaitCaughtUp();

        JsonNode view = get("");
        assertThat(view.path("admins").get(0).asText()).isEqualTo("admin-1");
        assertThat(view.path("coaches").get(0).asText()).isEqualTo("coach-1");
        assertThat(view.path("sharingMembers").asInt()).isEqualTo(2);
        assertThat(get("/members")).extracting(m -> m.path("name").asText()).containsExactly("Ada", "Ben");
        token = TestTokens.withRoles("admin-1", "gym_admin");
        assertThat(getJson("/gyms/" + gym + "/members?status=all"))
                .extracting(m -> m.path("name").asText() + ":" + m.path("status").asText())
                .containsExactly("Ada:MEMBER", "Ben:MEMBER", "Cy:CONSENT_REVOKED", "Dee:INVITED");

        JsonNode weeks = get("/weeks?weeks=2&to=" + TO).path("weeks");
        assertThat(weeks).hasSize(2);
        JsonNode first = weeks.get(0);
        assertThat(first.path("week").asText()).isEqualTo("2026-11-09");
        assertThat(first.path("activeMembers").asInt()).isEqualTo(2);
        // two sharing members are below the minimum group size: counts, no numbers (GymViewsIntegrationTest has them)
        assertThat(first.path("withheld").asText()).isEqualTo("TOO_FEW_MEMBERS");
        assertThat(first.path("hardSets").isNull()).isTrue();
        assertThat(first.path("volumeLoad").isNull()).isTrue();
        assertThat(first.path("lifts").get(0).path("lift").asText()).isEqualTo("squat");
        assertThat(first.path("lifts").get(0).path("members").asInt()).isEqualTo(2);
        assertThat(first.path("lifts").get(0).path("volumeLoad").isNull()).isTrue();
        assertThat(weeks.get(1).path("hardSets").isNull()).isTrue();

        JsonNode progress = get("/progress?weeks=4&to=" + TO);
        assertThat(progress.path("from").asText()).isEqualTo("2026-10-26");
        JsonNode squat = progress.path("lifts").get(0);
        assertThat(squat.path("membersWithChange").asInt()).isEqualTo(2);
        assertThat(squat.path("withheld").asText()).isEqualTo("TOO_FEW_MEMBERS");
        assertThat(squat.path("min").isNull()).isTrue();
        assertThat(squat.path("median").isNull()).isTrue();

        JsonNode deloads = get("/deloads").path("members");
        assertThat(deloads).extracting(m -> m.path("name").asText()).containsExactly("Ada");

        JsonNode board = get("/leaderboard/Squat?to=" + TO).path("entries");
        assertThat(board).extracting(e -> e.path("name").asText()).containsExactly("Ben", "Ada");
        assertThat(board.get(0).path("bodyWeight").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(board.get(1).path("relativeStrength").decimalValue()).isEqualByComparingTo(
                board.get(1).path("e1rm").decimalValue().divide(new java.math.BigDecimal("80"), 2,
                        java.math.RoundingMode.HALF_EVEN));

        assertThat(access.mayReadMember("coach-1", Set.of("coach"), ada, MemberReading.SESSIONS)).isTrue();
        assertThat(access.mayReadMember("coach-1", Set.of("coach"), ben, MemberReading.TRENDS)).isTrue();
        assertThat(access.mayReadMember("coach-1", Set.of("coach"), ben, MemberReading.SESSIONS)).isFalse();
        assertThat(access.mayReadMember("coach-1", Set.of("coach"), cy, MemberReading.TRENDS)).isFalse();
        assertThat(access.mayReadMember("coach-1", Set.of("coach"), dee, MemberReading.TRENDS)).isFalse();
        assertThat(access.mayReadMember("coach-2", Set.of("coach"), ada, MemberReading.TRENDS)).isFalse();
        assertThat(access.mayReadMember("admin-1", Set.of("gym_admin"), ada, MemberReading.SESSIONS)).isTrue();
        assertThat(access.mayReadGym("coach-1", Set.of("coach"), gym)).isTrue();
        assertThat(access.mayReadGym("coach-2", Set.of("coach"), gym)).isFalse();
        assertThat(access.mayManageGym("coach-1", Set.of("coach", "gym_admin"), gym)).isFalse();
        assertThat(access.mayManageGym("admin-1", Set.of("gym_admin"), gym)).isTrue();

        // the same decisions through the security module on the existing read endpoints
        String coach = TestTokens.withRoles("coach-1", "coach");
        assertThat(status(coach, "/athletes/" + ada + "/lifts/squat/trend")).isEqualTo(200);
        assertThat(status(coach, "/athletes/" + ada + "/sessions")).isEqualTo(200);
        assertThat(status(coach, "/athletes/" + ben + "/lifts/squat/trend")).isEqualTo(200);
        assertThat(status(coach, "/athletes/" + ben + "/sessions")).isEqualTo(404);   // TRENDS only
        assertThat(status(coach, "/athletes/" + cy + "/lifts/squat/trend")).isEqualTo(404);  // revoked
        assertThat(status(coach, "/athletes/" + dee + "/lifts/squat/trend")).isEqualTo(404); // only invited
        String otherCoach = TestTokens.withRoles("coach-2", "coach");
        assertThat(status(otherCoach, "/athletes/" + ada + "/lifts/squat/trend")).isEqualTo(404);
        assertThat(status(otherCoach, "/gyms/" + gym + "/weeks")).isEqualTo(404);
        assertThat(status(TestTokens.withRoles("coach-1", "athlete"), "/gyms/" + gym + "/weeks")).isEqualTo(403);
        assertThat(status(TestTokens.withRoles("analyst-1", "analyst"), "/gyms/" + gym + "/weeks")).isEqualTo(403);
        assertThat(status(TestTokens.athlete(ada), "/gyms/" + gym + "/weeks")).isEqualTo(403);
        assertThat(status(coach, "/gyms/" + gym + "/members?status=all")).isEqualTo(403);

        gym(new ConsentRevoked(gym, ben));
        gym(new MemberLeft(gym, ada));
        gym(new CoachRemoved(gym, "coach-1"));
        awaitCaughtUp();
        reader = TestTokens.withRoles("admin-1", "gym_admin");

        assertThat(get("/members")).isEmpty();
        assertThat(get("/weeks?weeks=2&to=" + TO).path("weeks")).allSatisfy(week -> {
            assertThat(week.path("activeMembers").asInt()).isZero();
            assertThat(week.path("lifts")).isEmpty();
        });
        assertThat(get("/progress?to=" + TO).path("lifts")).isEmpty();
        assertThat(get("/deloads").path("members")).isEmpty();
        assertThat(get("/leaderboard/squat?to=" + TO).path("entries")).isEmpty();
        assertThat(access.mayReadMember("admin-1", Set.of("gym_admin"), ben, MemberReading.TRENDS)).isFalse();
        assertThat(access.mayReadGym("coach-1", Set.of("coach"), gym)).isFalse();
        String admin = TestTokens.withRoles("admin-1", "gym_admin");
        assertThat(status(admin, "/athletes/" + ben + "/lifts/squat/trend")).isEqualTo(404);
        assertThat(status(admin, "/athletes/" + ada + "/sessions")).isEqualTo(404);
        assertThat(status(coach, "/gyms/" + gym)).isEqualTo(404); // removed coach
    }

    @Test
    void unknownGymsAndBadParametersAreProblems() {
        token = TestTokens.withRoles("admin-1", "gym_admin");
        ResponseEntity<String> unknown = http.getForEntity("/gyms/" + UUID.randomUUID() + "/weeks", String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        gym(new GymCreated(gym, "Iron Temple", "admin-1"));
        awaitCaughtUp();
        token = TestTokens.withRoles("admin-1", "gym_admin");
        ResponseEntity<String> badWeeks = http.getForEntity("/gyms/" + gym + "/progress?weeks=0", String.class);
        assertThat(badWeeks.getStatusCode().value()).isEqualTo(400);
        assertThat(readTree(badWeeks.getBody()).path("errors").get(0).path("field").asText()).isEqualTo("weeks");
        ResponseEntity<String> badDate = http.getForEntity("/gyms/" + gym + "/weeks?to=yesterday", String.class);
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> badLift = http.getForEntity("/gyms/" + gym + "/leaderboard/%21%21", String.class);
        assertThat(badLift.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> badStatus = http.getForEntity("/gyms/" + gym + "/members?status=x", String.class);
        assertThat(badStatus.getStatusCode().value()).isEqualTo(400);
    }
}
