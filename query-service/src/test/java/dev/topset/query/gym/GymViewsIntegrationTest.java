package dev.topset.query.gym;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.ConsentScope;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The gym views as a coach reads them, over five members, one of whom logs in lb (Lee: 3 × 195 lb × 5 backoffs):
 * a minimum group size of 5 (four sharing members show counts but no numbers), one unit per view converted on
 * request, one ISO-week window on /weeks, /progress and /leaderboard with the partial last week marked, a lift
 * trained once listed with its reason, and an Epley-based leaderboard entry saying so.
 */
class GymViewsIntegrationTest extends QueryServiceIntegrationTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);

    private final UUID gym = UUID.randomUUID();
    private final UUID ann = UUID.randomUUID();
    private final UUID bo = UUID.randomUUID();
    private final UUID cal = UUID.randomUUID();
    private final UUID dot = UUID.randomUUID();
    private final UUID lee = UUID.randomUUID();

    private void squat(UUID athlete, LocalDate date, Load top, int reps, String rpe, Load backoff, int backoffs) {
        var session = session(athlete).start(date, "Lower");
        session.top("Squat", top, reps, rpe);
        for (int i = 0; i < backoffs; i++) {
            session.backoff("Squat", backoff, 5, "7");
        }
        session.publish();
    }

    /** Four members share from the start, Lee is invited; everyone squats on 10 and 17 November, Ann benches once. */
    private void fourSharingMembersAndLeeInvited() {
        gym(new GymCreated(gym, "Iron Temple", "views-admin"));
        gym(new CoachAdded(gym, "views-coach"));
        Map<UUID, String> names = Map.of(ann, "Ann", bo, "Bo", cal, "Cal", dot, "Dot");
        names.forEach((id, name) -> publish(new AthleteRegistered(id, name, LoadUnit.KG, Load.kg("80")), "Athlete", id));
        publish(new AthleteRegistered(lee, "Lee", LoadUnit.LB, Load.lb("220.5")), "Athlete", lee);
        for (UUID member : List.of(ann, bo, cal, dot, lee)) {
            gym(new MemberInvited(gym, member));
        }
        for (UUID member : List.of(ann, bo, cal, dot)) {
            gym(new MemberJoined(gym, member, ConsentScope.TRENDS, true));
        }
        LocalDate first = LocalDate.of(2026, 11, 10);
        LocalDate second = LocalDate.of(2026, 11, 17);
        for (UUID member : List.of(ann, bo, cal, dot)) {
            squat(member, first, Load.kg("100"), 5, "8", null, 0);
        }
        squat(ann, second, Load.kg("105"), 5, "8", null, 0);
        squat(bo, second, Load.kg("102"), 5, "8", null, 0);
        squat(cal, second, Load.kg("110"), 5, "8", null, 0);
        squat(dot, second, Load.kg("100"), 10, null, null, 0); // no effort logged: Epley, and Dot's best
        squat(lee, first, Load.lb("300"), 5, "8", Load.lb("195"), 3);
        squat(lee, second, Load.lb("309"), 5, "8", null, 0);
        var bench = session(ann).start(first, "Upper");
        bench.top("Bench Press", Load.kg("80"), 5, "8");
        bench.publish();
        awaitCaughtUp();
        token = TestTokens.withRoles("views-coach", "coach");
    }

    private void leeJoins() {
        gym(new MemberJoined(gym, lee, ConsentScope.TRENDS, true));
        awaitCaughtUp();
    }

    private JsonNode view(String path) {
        return getJson("/gyms/" + gym + path);
    }

    private static JsonNode lift(JsonNode lifts, String lift) {
        for (JsonNode row : lifts) {
            if (row.path("lift").asText().equals(lift)) {
                return row;
            }
        }
        throw new AssertionError("no " + lift + " in " + lifts);
    }

    @Test
    void aggregatesOfFewerMembersThanTheMinimumShowCountsButNoNumbers() {
        fourSharingMembersAndLeeInvited();

        JsonNode weeks = view("/weeks?weeks=2&to=" + SUNDAY);
        assertThat(weeks.path("minimumGroupSize").asInt()).isEqualTo(5);
        JsonNode week = weeks.path("weeks").get(0);
        assertThat(week.path("activeMembers").asInt()).isEqualTo(4);
        assertThat(week.path("withheld").asText()).isEqualTo("TOO_FEW_MEMBERS");
        assertThat(week.path("hardSets").isNull()).isTrue();
        assertThat(week.path("volumeLoad").isNull()).isTrue();
        assertThat(lift(week.path("lifts"), "squat").path("volumeLoad").isNull()).isTrue();
        JsonNode squat = lift(view("/progress?weeks=2&to=" + SUNDAY).path("lifts"), "squat");
        assertThat(squat.path("membersWithChange").asInt()).isEqualTo(4);
        assertThat(squat.path("withheld").asText()).isEqualTo("TOO_FEW_MEMBERS");
        assertThat(squat.path("median").isNull()).isTrue();

        leeJoins();

        week = view("/weeks?weeks=2&to=" + SUNDAY).path("weeks").get(0);
        assertThat(week.path("withheld").isNull()).isTrue();
        assertThat(week.path("hardSets").asInt()).isEqualTo(8);
        // Ann's one bench set is a lift of one member: withheld, and not in the week's totals either
        JsonNode bench = lift(week.path("lifts"), "bench-press");
        assertThat(bench.path("members").asInt()).isEqualTo(1);
        assertThat(bench.path("withheld").asText()).isEqualTo("TOO_FEW_MEMBERS");
        assertThat(bench.path("hardSets").isNull()).isTrue();
        squat = lift(view("/progress?weeks=2&to=" + SUNDAY).path("lifts"), "squat");
        assertThat(squat.path("withheld").isNull()).isTrue();
        assertThat(squat.path("median").decimalValue()).isEqualByComparingTo("5.0");
    }

    @Test
    void everyViewSaysItsUnitAndConvertsOnRequestWithOnePrecision() {
        fourSharingMembersAndLeeInvited();
        leeJoins();

        JsonNode kg = view("/weeks?weeks=2&to=" + SUNDAY);
        assertThat(kg.path("unit").asText()).isEqualTo("KG");
        // 4 × 100 kg × 5 + Lee's 300 lb × 5 and 3 × 195 lb × 5, summed in kg and rounded once
        assertThat(kg.path("weeks").get(0).path("volumeLoad").decimalValue()).isEqualByComparingTo("4007.1");
        assertThat(kg.path("weeks").get(0).path("volumeLoad").toString()).isEqualTo("4007.1");
        assertThat(kg.path("weeks").get(1).path("volumeLoad").toString()).isEqualTo("3285.8");
        assertThat(lift(kg.path("weeks").get(0).path("lifts"), "squat").path("volumeLoad").toString())
                .isEqualTo("4007.1");
        JsonNode lb = view("/weeks?weeks=2&to=" + SUNDAY + "&unit=lb");
        assertThat(lb.path("unit").asText()).isEqualTo("LB");
        assertThat(lb.path("weeks").get(0).path("volumeLoad").toString()).isEqualTo("8834.2");
        assertThat(lb.path("weeks").get(1).path("volumeLoad").toString()).isEqualTo("7243.9");

        JsonNode progress = view("/progress?weeks=2&to=" + SUNDAY);
        assertThat(progress.path("unit").asText()).isEqualTo("percent");
        JsonNode squat = lift(progress.path("lifts"), "squat");
        assertThat(squat.path("membersWithChange").asInt()).isEqualTo(5);
        // Bo +2.0, Lee (lb) +3.0, Ann +5.0, Dot +8.1, Cal +10.0
        assertThat(List.of(squat.path("min").toString(), squat.path("p25").toString(), squat.path("median").toString(),
                squat.path("p75").toString(), squat.path("max").toString()))
                .containsExactly("2.0", "3.0", "5.0", "8.1", "10.0");

        JsonNode board = view("/leaderboard/squat?weeks=2&to=" + SUNDAY);
        assertThat(board.path("unit").asText()).isEqualTo("KG");
        JsonNode first = board.path("entries").get(0);
        assertThat(first.path("name").asText()).isEqualTo("Lee");
        assertThat(first.path("e1rm").toString()).isEqualTo("172.8");          // 309 lb × 5 @ 8
        assertThat(first.path("bodyWeight").toString()).isEqualTo("100.0");     // 220.5 lb
        assertThat(first.path("relativeStrength").toString()).isEqualTo("1.73");
        JsonNode inLb = view("/leaderboard/squat?weeks=2&to=" + SUNDAY + "&unit=lb").path("entries").get(0);
        assertThat(inLb.path("e1rm").toString()).isEqualTo("381.0");
        assertThat(inLb.path("bodyWeight").toString()).isEqualTo("220.5");
        assertThat(inLb.path("relativeStrength").toString()).isEqualTo("1.73");
        assertThat(view("/members")).extracting(m -> m.path("name").asText()).contains("Lee");
    }

    @Test
    void weeksMeansTheSameIsoWeeksEverywhereAndThePartialWeekIsMarked() {
        fourSharingMembersAndLeeInvited();
        leeJoins();

        JsonNode weeks = view("/weeks?weeks=2&to=" + WEDNESDAY);
        JsonNode progress = view("/progress?weeks=2&to=" + WEDNESDAY);
        JsonNode board = view("/leaderboard/squat?weeks=2&to=" + WEDNESDAY);

        assertThat(List.of(weeks.path("from").asText(), progress.path("from").asText(), board.path("from").asText()))
                .containsOnly("2026-11-09");
        assertThat(weeks.path("weeks").get(0).path("partial").asBoolean()).isFalse();
        assertThat(weeks.path("weeks").get(1).path("partial").asBoolean()).isTrue();
        assertThat(progress.path("lastWeekPartial").asBoolean()).isTrue();
        assertThat(board.path("lastWeekPartial").asBoolean()).isTrue();
        assertThat(view("/progress?weeks=2&to=" + SUNDAY).path("lastWeekPartial").asBoolean()).isFalse();

        JsonNode bench = lift(progress.path("lifts"), "bench-press");
        assertThat(bench.path("membersTrained").asInt()).isEqualTo(1);
        assertThat(bench.path("membersWithChange").asInt()).isZero();
        assertThat(bench.path("withheld").asText()).isEqualTo("ONE_SESSION_ONLY");

        JsonNode entries = view("/leaderboard/squat?weeks=2&to=" + SUNDAY).path("entries");
        JsonNode dot = null;
        for (JsonNode entry : entries) {
            if (entry.path("name").asText().equals("Dot")) {
                dot = entry;
            } else {
                assertThat(entry.path("e1rmMethod").asText()).isEqualTo("RPE_CHART");
                assertThat(entry.path("e1rmNote").isNull()).isTrue();
            }
        }
        assertThat(dot).isNotNull();
        assertThat(dot.path("e1rmMethod").asText()).isEqualTo("EPLEY");
        assertThat(dot.path("e1rmNote").asText()).contains("outside the RPE chart");
    }
}
