package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import org.junit.jupiter.api.Test;

class HoldRuleTest {

    @Test
    void holdsTheLatestLoadAndPointsAtTheSessionsThatDisagree() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 4, "9").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, null).backoffs("90", 5, "7", "7", "7");

        RuleOutcome outcome = new HoldRule().evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.HOLD);
            assertThat(fired.suggestion().topSetLoad()).isEqualTo(Load.kg("100"));
            assertThat(fired.reason()).isEqualTo("not every session agrees (2025-01-13: top set 4 reps, target 5)");
            assertThat(fired.sessions()).extracting(SessionRef::sessionId)
                    .containsExactly(log.sessionId(1), log.sessionId(2));
        });
    }
}
