package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import org.junit.jupiter.api.Test;

class InsufficientDataRuleTest {

    private final InsufficientDataRule rule = new InsufficientDataRule();

    @Test
    void firesWithFewerThanNSessionsWithATopSet() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("105", 5, "8").backoffs("95", 5, "7", "7", "7")
                // Backoffs without a top set do not make a comparable session.
                .session("2025-01-20").backoffs("90", 5, "7", "7");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.INSUFFICIENT_DATA);
            assertThat(fired.advice()).contains("1 more session");
            assertThat(fired.numbers()).containsEntry("sessionsFound", 2).containsEntry("sessionsNeeded", 3);
            assertThat(fired.sessions()).extracting(SessionRef::sessionId)
                    .containsExactly(log.sessionId(0), log.sessionId(1));
            assertThat(fired.suggestion()).isEqualTo(Suggestion.none());
        });
    }

    @Test
    void passesWithNSessions() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8")
                .session("2025-01-13").top("100", 5, "8")
                .session("2025-01-20").top("100", 5, "8");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat())))
                .isEqualTo(RuleOutcome.pass("3 sessions with a top set, 3 needed"));
    }
}
