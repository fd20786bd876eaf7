package dev.topset.analytics.coach;

import dev.topset.analytics.mistakes.Mistake;
import dev.topset.analytics.mistakes.MistakeCode;
import dev.topset.analytics.mistakes.MistakeContext;
import dev.topset.analytics.mistakes.MistakeDetector;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.PlanTimeline;
import dev.topset.analytics.review.SessionRemarks;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.rules.Circumstances;
import dev.topset.analytics.rules.PastAdvice;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.analytics.rules.RulesEngine;
import dev.topset.analytics.rules.TopSetComparability;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Window → recommendation + mistakes for one athlete × lift. Pure: no database, no clock (the day is passed in). */
public final class LiftReviewer {

    private final RuleThresholds thresholds;
    private final RulesEngine engine;
    private final MistakeDetector mistakes = new MistakeDetector();

    public LiftReviewer(RuleThresholds thresholds) {
        this.thresholds = thresholds;
        this.engine = new RulesEngine(thresholds);
    }

    /** Reviewed on the day of the latest session, with no earlier advice and no session notes. */
    public LiftReview review(UUID athleteId, PlannedLift plan, int sessions, List<AnalyticsSet> sets,
                             List<TopSetLift> familyTopSets) {
        LocalDate latest = sets.stream().map(AnalyticsSet::sessionDate).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        return review(athleteId, plan, PlanTimeline.current(), sessions, sets, familyTopSets, latest, List.of(),
                List.of());
    }

    /**
     * @param inForce the plans in force at the sessions (a stored plan's history)
     * @param today   the day of the review (a break is counted up to it)
     * @param advice  the lift's earlier recommendations and the athlete's decisions (the ladder's memory)
     * @param remarks notes and flags of the athlete's sessions (those of the window are read)
     */
    public LiftReview review(UUID athleteId, PlannedLift plan, PlanTimeline inForce, int sessions,
                             List<AnalyticsSet> sets, List<TopSetLift> familyTopSets, LocalDate today,
                             List<PastAdvice> advice, List<SessionRemarks> remarks) {
        LiftWindow window = SessionWindow.of(athleteId, plan).lastSessions(sessions).inForce(inForce).build(sets);
        List<Mistake> found = mistakes.detect(new MistakeContext(window, plan, familyTopSets, thresholds));
        // Variation hopping is more than a flag: top sets that are not comparable give no trend to act on.
        TopSetComparability comparability = found.stream()
                .filter(mistake -> mistake.code() == MistakeCode.VARIATION_HOPPING).findFirst()
                .map(mistake -> TopSetComparability.notComparable(mistake.detail(), mistake.sessions()))
                .orElse(TopSetComparability.stable());
        LocalDate day = window.latest().map(SessionSummary::date).filter(today::isBefore).orElse(today);
        Circumstances circumstances = new Circumstances(day, advice, HealthNotes.of(window, sets, remarks));
        return new LiftReview(athleteId, plan.lift(), plan.plan(), plan.source().evidence(), window,
                engine.recommend(window, plan, comparability, circumstances), found);
    }
}
