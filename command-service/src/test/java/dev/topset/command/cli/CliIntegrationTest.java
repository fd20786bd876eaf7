package dev.topset.command.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.cli.TopsetCli;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal client against the real command-service: what a lifter types, what is recorded. */
class CliIntegrationTest extends CommandServiceIntegrationTest {

    @TempDir
    Path home;

    private StringWriter out;
    private StringWriter err;

    @Test
    void aSessionLoggedFromTheTerminal() {
        UUID athlete = registerAthlete("KG");
        Map<String, String> env = env(athlete);

        assertThat(cli(env, "log", "squat", "140x5@8")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("session started", "top: squat 140 kg x 5 @ 8",
                "next: 3 x 5 backoffs at 122.5 kg, stop above RPE 9");
        assertThat(cli(env, "backoff", "squat", "3x5@7.5")).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(line -> line.equals("backoff: squat 122.5 kg x 5 @ 7.5")))
                .hasSize(3);
        assertThat(cli(env, "backoff", "bench press", "2x8", "--load", "80")).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("error 422", "rule: BACKOFF_NEEDS_TOP_SET");
        assertThat(cli(env, "warmup", "bench press", "60x5")).isZero();
        assertThat(cli(env, "log", "bench press", "100x5@9.5")).isZero();
        assertThat(out.toString()).contains("top: bench-press 100 kg x 5 @ 9.5");
        assertThat(cli(env, "backoff", "bench press", "1x5@10")).isZero();
        assertThat(out.toString()).contains("STOP: Stop backoffs");
        assertThat(cli(env, "session", "finish")).isZero();
        assertThat(cli(env, "backoff", "squat", "1x5")).isEqualTo(2);
        assertThat(err.toString()).contains("no open session");

        assertThat(eventTypes(athlete)).containsExactly("AthleteRegistered", "SessionStarted", "TopSetLogged",
                "BackoffSetLogged", "BackoffSetLogged", "BackoffSetLogged", "WarmupSetLogged", "TopSetLogged",
                "BackoffSetLogged", "SessionFinished");
        assertThat(Files.exists(home.resolve("session"))).isFalse();
    }

    @Test
    void aSessionOfAnEarlierDayLeftOpenIsFinishedWhenTodaysTrainingStarts() {
        UUID athlete = registerAthlete("KG");
        Map<String, String> env = env(athlete);
        assertThat(cli(env, "session", "start", "--date", "2026-11-01", "--name", "Lower A")).isZero();
        assertThat(cli(env, "session", "start")).isEqualTo(2);
        assertThat(err.toString()).contains("is still open");

        assertThat(cli(env, "log", "squat", "100lbx5")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("finished the session of 2026-11-01", "top: squat 100 lb x 5");
        assertThat(eventTypes(athlete)).containsExactly("AthleteRegistered", "SessionStarted", "SessionFinished",
                "SessionStarted", "TopSetLogged");
    }

    @Test
    void correctAndUndoActOnTheLastSetLoggedHereWithItsRevision() {
        UUID athlete = registerAthlete("KG");
        Map<String, String> env = env(athlete);

        assertThat(cli(env, "log", "squat", "140x5rir2")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("top: squat 140 kg x 5 rir 2");
        assertThat(cli(env, "correct", "140x4@8.5", "--reason", "miscounted")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("corrected top: squat 140 kg x 4 @ 8.5");
        assertThat(cli(env, "accessory", "lat pulldown", "60x12@8", "--sets", "2")).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(line -> line.equals("accessory: lat-pulldown 60 kg x 12 @ 8")))
                .hasSize(2);
        assertThat(cli(env, "undo", "--reason", "only one set")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("voided accessory: lat-pulldown 60 kg x 12 @ 8");
        assertThat(cli(env, "correct", "--reps", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("error 400", "reps");

        assertThat(eventTypes(athlete)).containsExactly("AthleteRegistered", "SessionStarted", "TopSetLogged",
                "SetCorrected", "AccessorySetLogged", "AccessorySetLogged", "SetVoided");
        JsonNode events = http.get("/athletes/" + athlete + "/events?limit=1000").body().path("events");
        assertThat(events.get(2).path("payload").path("details").path("rir").asInt()).isEqualTo(2);
        assertThat(events.get(3).path("payload").path("details").path("rpe").decimalValue())
                .isEqualByComparingTo("8.5");
        assertThat(events.get(3).path("payload").path("details").path("rir").isNumber()).isFalse();
    }

    @Test
    void aSetChangedByAnotherDeviceIsNotOverwritten() {
        UUID athlete = registerAthlete("KG");
        Map<String, String> env = env(athlete);
        assertThat(cli(env, "log", "squat", "140x5@8")).isZero();
        JsonNode state = readState();
        String session = state.path("sessionId").asText();
        String set = state.path("sets").get(0).path("setId").asText();
        assertThat(as(athlete).patch("/sessions/" + session + "/sets/" + set, "{\"reps\": 3}").status())
                .isEqualTo(200);

        assertThat(cli(env, "correct", "--rpe", "9")).isEqualTo(1);
        assertThat(err.toString()).contains("error 409", "STALE_SET_REVISION");
    }

    @Test
    void thePlanIsReadAndChangedAndARecommendationAcceptedFromTheTerminal() {
        UUID athlete = registerAthlete("KG");
        Map<String, String> env = env(athlete);

        assertThat(cli(env, "plan", "show", "squat")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("squat (default plan)", "backoffs: 3 x");
        assertThat(cli(env, "plan", "set", "squat", "--next-load", "150", "--backoff-sets", "2", "--reason",
                "RPE 9 backoffs")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("plan changed:", "next at 150 kg", "backoffs: 2 x");
        assertThat(cli(env, "plan", "set", "squat")).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to change");

        UUID recommendation = UUID.randomUUID();
        assertThat(asService().post("/athletes/" + athlete + "/recommendations", """
                {"recommendationId": "%s", "lift": "squat", "type": "INCREASE_LOAD", "advice": "Add 2.5 kg.",
                 "changes": {"nextTopSetLoad": {"amount": 152.5, "unit": "KG"}, "topSetReps": 5},
                 "evidence": {"rule": "INCREASE_LOAD", "reason": "reps, RPE and flags agree",
                              "sessionIds": ["%s"], "firstDate": "2026-11-02", "lastDate": "2026-11-16",
                              "numbers": {"topRpe": "[7, 7, 7]"}, "summary": "INCREASE_LOAD over 3 sessions"}}
                """.formatted(recommendation, UUID.randomUUID())).status()).isEqualTo(201);
        assertThat(cli(env, "recommend", "accept", recommendation.toString(), "--reason", "felt easy"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("squat INCREASE_LOAD: accepted", "next at 152.5 kg");
        assertThat(cli(env, "recommend", "dismiss", recommendation.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error 422", "RECOMMENDATION_CLOSED");

        assertThat(eventTypes(athlete)).containsExactly("AthleteRegistered", "LiftPlanAdjusted",
                "RecommendationIssued", "RecommendationAccepted", "LiftPlanAdjusted");
    }

    @Test
    void importFromTheTerminalWithDryRunAndPerRowErrors() throws Exception {
        UUID athlete = registerAthlete("LB");
        Map<String, String> env = env(athlete);
        Path strong = copy("strong-lbs.csv");
        Path bad = copy("strong-bad-rows.csv");

        assertThat(cli(env, "import", "strong", strong.toString(), "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("dry run: 13 rows, 2 sessions",
                "top [\"squat 315 LB x 5 @ 8\",\"leg-press 360 LB x 10 @ 8.5\"]");
        assertThat(eventTypes(athlete)).containsExactly("AthleteRegistered");

        assertThat(cli(env, "import", "strong", strong.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("weights in LB (the athlete's preferred unit)",
                "[##############################] 100% 12/12 sets", "COMPLETED: recorded 12 new sets, 0 were already imported");
        // the same file again is the same import: answered with the job that ran, nothing resent
        assertThat(cli(env, "import", "strong", strong.toString())).isZero();
        assertThat(out.toString()).contains("COMPLETED: recorded 12 new sets").doesNotContain("importing:");
        assertThat(eventTypes(athlete).stream().filter(type -> type.endsWith("SetLogged")).count()).isEqualTo(12);

        assertThat(cli(env, "import", "strong", bad.toString(), "--unit", "kg", "--strict")).isEqualTo(1);
        assertThat(err.toString()).contains("error 400", "line 4, Weight: 'heavy' is not a number",
                "line 8, Weight: load must be between 0 and 1000 kg");
        // without --strict the good rows are imported and each bad one is listed
        assertThat(cli(env, "import", "strong", bad.toString(), "--unit", "kg")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("bad row: line 4, Weight: 'heavy' is not a number");
    }

    private Map<String, String> env(UUID athlete) {
        return Map.of("TOPSET_URL", "http://localhost:" + port, "TOPSET_ATHLETE", athlete.toString(),
                "TOPSET_TOKEN", TestTokens.athlete(athlete), "TOPSET_STATE", home.resolve("session").toString(),
                "TOPSET_CREDENTIALS", home.resolve("credentials").toString());
    }

    private JsonNode readState() {
        try {
            return JSON.readTree(home.resolve("session").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int cli(Map<String, String> env, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return TopsetCli.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<String> eventTypes(UUID athlete) {
        List<String> types = new ArrayList<>();
        http.get("/athletes/" + athlete + "/events?limit=1000").body().path("events")
                .forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    private Path copy(String fixture) throws Exception {
        Path file = home.resolve(fixture);
        try (InputStream in = CliIntegrationTest.class.getResourceAsStream("/imports/" + fixture)) {
            Files.copy(in, file);
        }
        return file;
    }
}
