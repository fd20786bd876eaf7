package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.coach.LiftReviewer;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.TrainingLog;
import java.util.List;

/** A four-session squat review (one backoff without RPE, one session without backoffs) for the report tests. */
final class ReportFixture {

    static final TrainingLog LOG = TrainingLog.of("squat")
            .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "8")
            .session("2025-01-13").top("102.5", 5, "8").backoffs("92.5", 5, "7", null, "8")
            .session("2025-01-20").top("105", 5, "8.5")
            .session("2025-01-27").top("105", 5, "8").backoffs("95", 5, "7.5", "8", "8");

    private ReportFixture() {
    }

    static LiftReview review() {
        return new LiftReviewer(RuleThresholds.defaults()).review(LOG.athleteId(), Plans.squat(), 4, LOG.sets(), List.of());
    }
}
