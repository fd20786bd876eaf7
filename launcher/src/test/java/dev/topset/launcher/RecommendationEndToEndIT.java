package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recommendation loop across the real service JVMs: three bench sessions whose numbers agree (reps hit,
 * top-set RPE 7.5-8, backoffs RPE 7-7.5) are finished in command-service → analytics reviews them (debounced
 * after SessionFinished) and issues INCREASE_LOAD to command-service → query-service shows it with evidence →
 * the athlete accepts it → the plan is adjusted and the next top set's prescription is built from the new load.
 */
class RecommendationEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void finishedSessionsLeadToAnAcceptedRecommendationAndTheNextPrescriptionUsesIt() throws Exception {
        UUID athlete = UUID.randomUUID();
        try (EmbeddedSystem system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"),
                0, 0, 0, 0, 0, false, "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"))) {
            String token = system.tokens().athlete(athlete);
            CommandClient phone = new CommandClient(system.commandUrl(), "phone", token);
            phone.post("/athletes", Map.of("athleteId", athlete, "name", "Rec", "preferredUnit", "KG"));
            // the last three weeks: the review runs today, and sessions older than 21 days would be a break
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String first = today.minusDays(15).toString();
            String last = today.minusDays(1).toString();
            String[][] weeks = {{first, "8", "7", "7.5", "7.5"}, {today.minusDays(8).toString(), "8", "7", "7.5", "7.5"},
                    {last, "7.5", "7", "7", "7.5"}};
            for (String[] week : weeks) {
                UUID session = UUID.randomUUID();
                phone.post("/sessions", Map.of("sessionId", session, "athleteId", athlete, "date", week[0]));
                phone.post("/sessions/" + session + "/sets", set("TOP", "100", week[1]));
                for (int i = 2; i < 5; i++) {
                    phone.post("/sessions/" + session + "/sets", set("BACKOFF", "87.5", week[i]));
                }
                phone.post("/sessions/" + session + "/finish", Map.of());
            }

            JsonNode recommendation = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        JsonNode current = get(system.queryUrl() + "/athletes/" + athlete + "/recommendations", token);
                        return current == null ? null : current.path("recommendations").path(0);
                    }, found -> found != null && !found.isMissingNode());
            assertThat(recommendation.path("lift").asText()).isEqualTo("bench");
            assertThat(recommendation.path("type").asText()).isEqualTo("INCREASE_LOAD");
            assertThat(recommendation.path("status").asText()).isEqualTo("ISSUED");
            assertThat(recommendation.path("changes").path("nextTopSetLoad").path("amount").decimalValue())
                    .isEqualByComparingTo("102.5");
            JsonNode evidence = recommendation.path("evidence");
            assertThat(evidence.path("rule").asText()).isEqualTo("IncreaseLoadRule");
            assertThat(evidence.path("sessionIds")).hasSize(3);
            assertThat(evidence.path("firstDate").asText()).isEqualTo(first);
            assertThat(evidence.path("lastDate").asText()).isEqualTo(last);
            assertThat(evidence.path("summary").asText()).contains("3 sessions");
            String recommendationId = recommendation.path("recommendationId").asText();

            // an on-demand review of the same sessions is a replay, not a second recommendation
            JsonNode run = post(system.analyticsUrl() + "/athletes/" + athlete + "/reviews", token);
            assertThat(run.path("recommendations").path(0).path("recommendationId").asText())
                    .isEqualTo(recommendationId);
            assertThat(run.path("recommendations").path(0).path("delivery").asText()).isEqualTo("REPLAYED");

            CommandClient.Answer accepted = phone.post("/athletes/" + athlete + "/recommendations/"
                    + recommendationId + "/accept", null);
            assertThat(accepted.body().path("status").asText()).isEqualTo("ACCEPTED");
            JsonNode plan = get(system.commandUrl() + "/athletes/" + athlete + "/lifts/bench/plan", token);
            assertThat(plan.path("default").asBoolean()).isFalse();
            assertThat(plan.path("plan").path("nextTopSetLoad").path("amount").decimalValue())
                    .isEqualByComparingTo("102.5");

            // the next session: the top set at the accepted load, backoffs prescribed from it (-12.5 %, 2.5 kg grid)
            UUID next = UUID.randomUUID();
            phone.post("/sessions", Map.of("sessionId", next, "athleteId", athlete, "date", today.toString()));
            JsonNode prescription = phone.post("/sessions/" + next + "/sets", set("TOP", "102.5", "8")).body()
                    .path("prescription");
            assertThat(prescription.path("defaultPlan").asBoolean()).isFalse();
            assertThat(prescription.path("load").path("amount").decimalValue()).isEqualByComparingTo("90");
            assertThat(prescription.path("sets").asInt()).isEqualTo(3);

            // query-service follows: no current recommendation left, the accepted one in the history
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonNode all = get(system.queryUrl() + "/athletes/" + athlete + "/recommendations?status=all", token);
                return all != null && "ACCEPTED".equals(all.path("recommendations").path(0).path("status").asText());
            });
            assertThat(get(system.queryUrl() + "/athletes/" + athlete + "/recommendations", token)
                    .path("recommendations")).isEmpty();
        }
    }

    private static Map<String, Object> set(String kind, String load, String rpe) {
        return HttpJsonProbe.set(kind, "Bench", load, 5, rpe);
    }

    private static JsonNode get(String url, String token) throws Exception {
        return HttpJsonProbe.get(url, token);
    }

    private static JsonNode post(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
