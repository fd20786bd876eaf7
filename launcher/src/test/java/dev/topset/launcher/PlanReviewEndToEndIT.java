package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One plan model across the real service JVMs (issue 16): a hypertrophy plan command-service accepts — 10-15
 * double progression, 6 backoffs at -20 %, 25...1.25 kg plates plus 0.5 kg with 1 kg jumps — is stored through
 * the REST API, prescribes the backoffs of a 13-rep top set with the plates the athlete owns, and is the plan
 * analytics reviews with: not the default its own stricter copy of the plan used to fall back to.
 */
class PlanReviewEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private EmbeddedSystem system;
    private final UUID athlete = UUID.randomUUID();
    private String token;
    private CommandClient phone;

    @BeforeEach
    void startTheSystemWithAnAthlete() throws Exception {
        system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"), 0, 0, 0, 0, 0, false,
                "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        token = system.tokens().athlete(athlete);
        phone = new CommandClient(system.commandUrl(), "phone", token);
        phone.post("/athletes", Map.of("athleteId", athlete, "name", "Hy", "preferredUnit", "KG"));
    }

    @AfterEach
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aStoredHypertrophyPlanIsPrescribedAndReviewedAsStored() throws Exception {
        String planPath = "/athletes/" + athlete + "/lifts/squat/plan";
        phone.put(planPath, JSON.readTree("""
                {"topSet": {"reps": 10, "rpeMin": 7, "rpeMax": 9},
                 "backoff": {"type": "PERCENT_DROP", "dropPercent": 20, "sets": 6},
                 "progression": {"method": "DOUBLE_PROGRESSION", "repCeiling": 15},
                 "loading": {"unit": "KG", "plates": [25, 20, 15, 10, 5, 2.5, 1.25, 0.5], "increment": 1}}"""));
        JsonNode stored = HttpJsonProbe.get(system.commandUrl() + planPath, token);
        assertThat(stored.path("default").asBoolean()).isFalse();
        assertIssue16Plan(stored.path("plan"));

        int[] reps = {13, 14, 15};
        // the last three weeks: the review runs today, and sessions older than 21 days would be a break
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String[] dates = {today.minusDays(15).toString(), today.minusDays(8).toString(), today.minusDays(1).toString()};
        for (int week = 0; week < 3; week++) {
            UUID session = UUID.randomUUID();
            phone.post("/sessions", Map.of("sessionId", session, "athleteId", athlete, "date", dates[week]));
            JsonNode prescription = phone.post("/sessions/" + session + "/sets",
                    HttpJsonProbe.set("TOP", "Squat", "61", reps[week], "8")).body().path("prescription");
            // 61 x 0.8 = 48.8 → 49 on the 1 kg grid: 14.5 kg a side = 10 + 2.5 + 4 x 0.5 (greedy would take
            // the 1.25 and be stuck at 0.75); 6 sets of the top set's reps
            assertThat(prescription.path("defaultPlan").asBoolean()).isFalse();
            assertThat(prescription.path("load").path("amount").decimalValue()).isEqualByComparingTo("49");
            assertThat(prescription.path("sets").asInt()).isEqualTo(6);
            assertThat(prescription.path("reps").asInt()).isEqualTo(reps[week]);
            assertThat(plates(prescription.path("platesPerSide"))).containsExactly("10x1", "2.5x1", "0.5x4");
            for (int i = 0; i < 6; i++) {
                phone.post("/sessions/" + session + "/sets",
                        HttpJsonProbe.set("BACKOFF", "Squat", "49", reps[week], "7"));
            }
            phone.post("/sessions/" + session + "/finish", Map.of());
        }

        String reviewUrl = system.analyticsUrl() + "/athletes/" + athlete + "/lifts/squat/review";
        JsonNode review = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> HttpJsonProbe.get(reviewUrl, token),
                        found -> found != null && found.path("window").path("sessions").size() == 3);
        assertIssue16Plan(review.path("plan"));
        JsonNode recommendation = review.path("recommendation");
        // 15 reps reached the ceiling of 15 in agreeing sessions: +1 kg (the plan's jump), back to 10 reps
        assertThat(recommendation.path("type").asText()).as(recommendation.toString()).isEqualTo("INCREASE_LOAD");
        assertThat(recommendation.path("suggestion").path("topSetLoad").path("amount").decimalValue())
                .isEqualByComparingTo("62");
        assertThat(recommendation.path("suggestion").path("topSetReps").asInt()).isEqualTo(10);
    }

    /**
     * Issue 17 across the real services: a fatigued lifter gets fewer backoffs first; once they accept that and the
     * next session is still fatigued, the review (remembering the decision from the recommendation events) holds the
     * top set instead of cutting again. A lifter whose last session is six weeks old gets a lighter start.
     */
    @Test
    void theFatigueLadderRemembersTheAcceptedCutAndABreakStartsLighter() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        squatSession(phone, athlete, today.minusDays(20), "8", "7", "7.5", "8");
        squatSession(phone, athlete, today.minusDays(13), "8.5", "8", "8.5", "9");
        squatSession(phone, athlete, today.minusDays(6), "9.5", "9", "9", "9.5");
        JsonNode cut = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> HttpJsonProbe.get(system.queryUrl() + "/athletes/" + athlete + "/recommendations", token)
                        .path("recommendations").path(0), found -> found != null && !found.isMissingNode());
        assertThat(cut.path("type").asText()).as(cut.toString()).isEqualTo("REDUCE_BACKOFF_VOLUME");
        phone.post("/athletes/" + athlete + "/recommendations/" + cut.path("recommendationId").asText() + "/accept",
                null);

        squatSession(phone, athlete, today.minusDays(1), "9.5", "9", "9.5");
        String reviewUrl = system.analyticsUrl() + "/athletes/" + athlete + "/lifts/squat/review";
        JsonNode hold = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> HttpJsonProbe.get(reviewUrl, token).path("recommendation"),
                        found -> "FatigueHoldRule".equals(found.path("evidence").path("rule").asText()));
        assertThat(hold.path("type").asText()).isEqualTo("HOLD");
        assertThat(hold.path("advice").asText()).contains("fatigue outlasted the cut in backoff volume");
        assertThat(hold.path("evidence").path("numbers").path("ladderRung").asText()).isEqualTo("HOLD");

        UUID away = UUID.randomUUID();
        String awayToken = system.tokens().athlete(away);
        CommandClient awayPhone = new CommandClient(system.commandUrl(), "phone", awayToken);
        awayPhone.post("/athletes", Map.of("athleteId", away, "name", "Away", "preferredUnit", "KG"));
        for (int weeksAgo = 8; weeksAgo >= 6; weeksAgo--) {
            squatSession(awayPhone, away, today.minusDays(weeksAgo * 7L + 4), "7.5", "7.5", "7.5", "7.5");
        }
        JsonNode back = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> HttpJsonProbe.get(system.analyticsUrl() + "/athletes/" + away + "/lifts/squat/review",
                        awayToken), found -> found != null && found.path("window").path("sessions").size() == 3)
                .path("recommendation");
        assertThat(back.path("evidence").path("rule").asText()).as(back.toString()).isEqualTo("ReturnAfterBreakRule");
        assertThat(back.path("type").asText()).isEqualTo("DELOAD");
        assertThat(back.path("advice").asText()).startsWith("Welcome back: 6 weeks since the last squat session");
    }

    /** A squat session: top set 140 x 5 at {@code topRpe}, one 126 x 5 backoff per RPE, then the finish. */
    private static void squatSession(CommandClient client, UUID athleteId, LocalDate date, String topRpe,
                                     String... backoffRpes) throws Exception {
        UUID session = UUID.randomUUID();
        client.post("/sessions", Map.of("sessionId", session, "athleteId", athleteId, "date", date.toString()));
        client.post("/sessions/" + session + "/sets", HttpJsonProbe.set("TOP", "Squat", "140", 5, topRpe));
        for (String rpe : backoffRpes) {
            client.post("/sessions/" + session + "/sets", HttpJsonProbe.set("BACKOFF", "Squat", "126", 5, rpe));
        }
        client.post("/sessions/" + session + "/finish", Map.of());
    }

    private static void assertIssue16Plan(JsonNode plan) {
        assertThat(plan.path("topSet").path("reps").asInt()).isEqualTo(10);
        assertThat(plan.path("backoff").path("sets").asInt()).isEqualTo(6);
        assertThat(plan.path("progression").path("repCeiling").asInt()).isEqualTo(15);
        assertThat(plan.path("progression").path("increment").decimalValue()).isEqualByComparingTo("1");
        assertThat(plan.path("loading").path("increment").decimalValue()).isEqualByComparingTo("1");
        assertThat(plan.path("loading").path("plates").get(7).decimalValue()).isEqualByComparingTo("0.5");
    }

    private static List<String> plates(JsonNode perSide) {
        return StreamSupport.stream(perSide.spliterator(), false)
                .map(p -> p.path("plate").decimalValue().stripTrailingZeros().toPlainString() + "x"
                        + p.path("count").asInt())
                .toList();
    }
}
