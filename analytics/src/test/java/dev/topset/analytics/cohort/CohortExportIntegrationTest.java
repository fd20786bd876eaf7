package dev.topset.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.analytics.support.EventPublisher;
import dev.topset.analytics.support.ReportPagePolicy;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.ConsentRevoked;
import dev.topset.api.gym.ConsentScope;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.GymEvent;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.training.LoadUnit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Gym events from the topic → analytics' membership table → pseudonymized cohort exports over the real database.
 * Gym 1: Ada, Ben, Fay, Gus and Hal share (the default minimum group size of 5), Cy revoked, Dee is only invited;
 * gym 2: Ada (again) and Eve share, too few for an export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortExportIntegrationTest extends AnalyticsIntegrationTest {

    @Autowired
    private ObjectMapper objectMapper;

    private EventPublisher events;
    private final UUID gym = UUID.randomUUID();
    private final UUID otherGym = UUID.randomUUID();
    private final UUID ada = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID cy = UUID.randomUUID();
    private final UUID dee = UUID.randomUUID();
    private final UUID eve = UUID.randomUUID();
    private final UUID fay = UUID.randomUUID();
    private final UUID gus = UUID.randomUUID();
    private final UUID hal = UUID.randomUUID();

    @BeforeAll
    void membersWithTwoSquatSessionsEach() {
        for (UUID athlete : List.of(ada, ben, cy, dee, eve, fay, gus, hal)) {
            stored().athlete(athlete, LoadUnit.KG).log(TrainingLog.of(athlete, "squat")
                    .session("2026-11-02").top("100", 5, "8").backoffs("87.5", 5, "7", "7.5")
                    .session("2026-11-09").top("105", 5, "8").backoffs("90", 5, "7", "7.5"));
        }
        events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper);
        publish(new GymCreated(gym, "Iron Temple", "admin-1"));
        publish(new CoachAdded(gym, "coach-1"));
        for (UUID athlete : List.of(ada, ben, cy, dee, fay, gus, hal)) {
            publish(new MemberInvited(gym, athlete));
        }
        for (UUID athlete : List.of(ada, ben, cy, fay, gus, hal)) {
            publish(new MemberJoined(gym, athlete, ConsentScope.TRENDS, false));
        }
        publish(new ConsentRevoked(gym, cy));
        publish(new GymCreated(otherGym, "Other Gym", "admin-2"));
        for (UUID athlete : List.of(ada, eve)) {
            publish(new MemberInvited(otherGym, athlete));
            publish(new MemberJoined(otherGym, athlete, ConsentScope.TRENDS_AND_SESSIONS, true));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM gym_member WHERE (gym_id = :gym AND athlete_id = :cy AND status = 'CONSENT_REVOKED')
                            OR (gym_id = :other AND athlete_id = :eve AND status = 'MEMBER')""")
                .param("gym", gym).param("cy", cy).param("other", otherGym).param("eve", eve)
                .query(Long.class).single() == 2);
    }

    @BeforeEach
    void asAnalyst() {
        token = TestTokens.withRoles("analyst-1", "analyst");
    }

    @AfterAll
    void closePublisher() {
        events.close();
    }

    private void publish(GymEvent event) {
        events.publish(event, "Gym", event.gymId());
    }

    private static String pseudonym(UUID id) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(EXPORT_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(id.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }

    private static Set<String> column(String csv, String name) {
        List<String> lines = csv.lines().toList();
        int index = List.of(lines.get(0).split(",")).indexOf(name);
        return lines.stream().skip(1).map(line -> line.split(",", -1)[index]).collect(Collectors.toSet());
    }

    @Test
    void theGymExportHasOnlySharingMembersUnderStablePseudonyms() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/reports/gyms/{id}/trends.csv", String.class, gym);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentLength()).isEqualTo(-1); // streamed
        String csv = response.getBody();
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("athlete_key,lift,unit,session_key,date,top_load,top_reps,top_rpe,e1rm,");
        assertThat(csv.lines().skip(1)).hasSize(10);
        assertThat(column(csv, "athlete_key")).containsExactlyInAnyOrder(pseudonym(ada), pseudonym(ben),
                pseudonym(fay), pseudonym(gus), pseudonym(hal));
        for (UUID athlete : List.of(ada, ben, cy, dee, eve, fay, gus, hal)) {
            assertThat(csv).doesNotContain(athlete.toString());
        }
        assertThat(column(csv, "session_key")).hasSize(10).allSatisfy(key -> assertThat(key).hasSize(32));
        assertThat(column(csv, "top_load")).containsExactlyInAnyOrder("100", "105");
        assertThat(http.getForObject("/reports/gyms/{id}/trends.csv", String.class, gym)).isEqualTo(csv);

        JsonNode json = objectMapper.readTree(http.getForObject("/reports/gyms/{id}/trends.json", String.class, gym));
        assertThat(json.path("gymId").asText()).isEqualTo(gym.toString());
        assertThat(json.path("columns").get(0).asText()).isEqualTo("athlete_key");
        assertThat(json.path("rows")).hasSize(10);
        assertThat(json.path("rows").get(0).has("athlete_id")).isFalse();
    }

    @Test
    void theCohortExportHoldsEverySharingMemberOnceOrOneGymsMembers() {
        String all = http.getForObject("/reports/cohorts/trends.csv", String.class);
        String one = http.getForObject("/reports/cohorts/trends.csv?gymId={id}", String.class, gym);

        assertThat(column(all, "athlete_key")).contains(key(ada), key(ben), key(eve))
                .doesNotContain(key(cy), key(dee));
        assertThat(all.lines().filter(line -> line.startsWith(key(ada) + ","))).hasSize(2);
        assertThat(column(one, "athlete_key")).containsExactlyInAnyOrder(key(ada), key(ben), key(fay), key(gus),
                key(hal));
        String dated = http.getForObject("/reports/cohorts/trends.csv?gymId={id}&from=2026-11-05", String.class, gym);
        assertThat(column(dated, "date")).containsExactly("2026-11-09");
    }

    @Test
    void theGymHtmlReportIsAnAggregatePerLift() {
        ResponseEntity<String> response = http.getForEntity("/reports/gyms/{id}/trends.html", String.class, gym);

        ReportPagePolicy.assertStrict(response);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = response.getBody();
        // squat: 5 members, 10 sessions, all +5.0 % e1RM from the first to the last session
        assertThat(html).contains("<td>squat</td><td class=\"n\">5</td><td class=\"n\">10</td><td class=\"n\">5</td>")
                .contains("<td class=\"n\">5.0 %</td>").doesNotContain(ada.toString()).doesNotContain(key(ada));
    }

    @Test
    void analystsReadEveryCohortAGymsStaffOnlyTheirOwnGym() {
        token = TestTokens.withRoles("coach-1", "coach");
        assertThat(http.getForEntity("/reports/gyms/{id}/trends.csv", String.class, gym).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/reports/gyms/{id}/trends.csv", String.class, otherGym).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/reports/cohorts/trends.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        token = TestTokens.withRoles("admin-2", "gym_admin");
        assertThat(http.getForEntity("/reports/gyms/{id}/trends.html", String.class, gym).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // its own gym: past the access check, then refused for its size
        assertThat(http.getForEntity("/reports/gyms/{id}/trends.json", String.class, otherGym).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        for (String other : List.of(TestTokens.athlete(ada), TestTokens.service())) {
            token = other;
            assertThat(http.getForEntity("/reports/gyms/{id}/trends.csv", String.class, gym).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.getForEntity("/reports/cohorts/trends.json", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        token = null;
        assertThat(http.getForEntity("/reports/cohorts/trends.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCohortBelowTheMinimumGroupSizeIsAProblemNotNumbers() throws Exception {
        for (String path : List.of("/reports/gyms/{id}/trends.csv", "/reports/gyms/{id}/trends.json",
                "/reports/gyms/{id}/trends.html", "/reports/cohorts/trends.csv?gymId={id}")) {
            ResponseEntity<String> answer = http.getForEntity(path, String.class, otherGym);

            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = objectMapper.readTree(answer.getBody());
            assertThat(problem.path("rule").asText()).isEqualTo("GYM_TOO_FEW_MEMBERS");
            assertThat(problem.path("members").asInt()).isEqualTo(2);
            assertThat(problem.path("minimumGroupSize").asInt()).isEqualTo(5);
            assertThat(answer.getBody()).doesNotContain(key(ada)).doesNotContain(key(eve));
        }
    }

    @Test
    void unknownGymsAndBadDatesAreProblems() {
        ResponseEntity<String> unknown = http.getForEntity("/reports/gyms/{id}/trends.csv", String.class,
                UUID.randomUUID());
        ResponseEntity<String> reversed = http.getForEntity("/reports/cohorts/trends.json?from=2026-06-01&to=2026-05-01",
                String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static String key(UUID athlete) {
        try {
            return pseudonym(athlete);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
