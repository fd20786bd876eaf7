package dev.topset.analytics.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JdbcSetHistoryTest extends AnalyticsIntegrationTest {

    @Autowired
    SetHistory history;

    private final UUID athlete = UUID.randomUUID();

    private final TrainingLog log = TrainingLog.of(athlete, "squat")
            .session("2025-01-06").warmup("60", 5).top("100", 5, "8").backoffs("90", 5, "7", "7")
            .session("2025-01-13").top("102.5", 5, "8").backoff("92.5", 5, "7.5", SetFlag.TECHNIQUE_BREAKDOWN)
            .lift("paused squat").top("80", 3, "7")
            .session("2025-01-15").lift("paused squat").top("82.5", 3, "7")
            .session("2025-01-20").top("225lb", 5, null).backoff("200lb", 5, "7")
            .lift("bench press").top("80", 5, "8");

    @Test
    void returnsTheLastNSessionsWithATopSetOldestFirstWithoutWarmupsOrVoidedSets() {
        stored().athlete(athlete, LoadUnit.LB).log(log).voided(new AnalyticsSet(athlete, log.sessionId(3),
                LocalDate.parse("2025-01-20"), "squat", SetKind.BACKOFF, Load.kg("150"), 1, new BigDecimal("10"),
                null, Set.of(SetFlag.PAIN), 9));

        List<AnalyticsSet> sets = history.sessionsOf(athlete, "squat", 2);

        assertThat(sets).extracting(AnalyticsSet::sessionId).containsExactly(
                log.sessionId(1), log.sessionId(1), log.sessionId(3), log.sessionId(3));
        assertThat(sets).extracting(AnalyticsSet::kind)
                .containsExactly(SetKind.TOP, SetKind.BACKOFF, SetKind.TOP, SetKind.BACKOFF);
        AnalyticsSet flagged = sets.get(1);
        assertThat(flagged.flags()).containsExactly(SetFlag.TECHNIQUE_BREAKDOWN);
        assertThat(flagged.rpe()).isEqualByComparingTo("7.5");
        AnalyticsSet pounds = sets.get(2);
        assertThat(pounds.load()).isEqualTo(Load.lb("225"));
        assertThat(pounds.rpe()).isNull();
        assertThat(pounds.sessionDate()).isEqualTo(LocalDate.parse("2025-01-20"));
    }

    @Test
    void knowsTheAthletesLiftsUnitAndVariations() {
        stored().athlete(athlete, LoadUnit.LB).log(log);

        assertThat(history.knows(athlete)).isTrue();
        assertThat(history.knows(UUID.randomUUID())).isFalse();
        assertThat(history.preferredUnit(athlete)).contains(LoadUnit.LB);
        assertThat(history.liftsOf(athlete)).containsExactly("bench-press", "paused-squat", "squat");
        assertThat(history.topSetLifts(athlete, List.of("squat", "paused-squat"), 3))
                .extracting(TopSetLift::date, TopSetLift::lift)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-01-13"), "paused-squat"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-01-13"), "squat"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-01-15"), "paused-squat"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-01-20"), "squat"));
    }
}
