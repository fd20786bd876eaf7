package dev.topset.analytics.coach;

import dev.topset.analytics.history.AdviceHistory;
import dev.topset.analytics.history.SetHistory;
import dev.topset.analytics.mistakes.MovementFamily;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.PlanTimeline;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.rules.Recommendation;
import dev.topset.analytics.rules.RuleThresholds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reviews of an athlete's lifts from the stored history: what the REST API serves. */
@Service
public class AthleteReviews {

    private final SetHistory history;
    private final PlanResolver plans;
    private final ReviewProperties properties;
    private final LiftReviewer reviewer;
    private final AdviceHistory advice;
    private final Clock clock;

    public AthleteReviews(SetHistory history, PlanResolver plans, ReviewProperties properties,
                          RuleThresholds thresholds, AdviceHistory advice, Clock clock) {
        this.history = history;
        this.plans = plans;
        this.properties = properties;
        this.reviewer = new LiftReviewer(thresholds);
        this.advice = advice;
        this.clock = clock;
    }

    /** One recommendation per lift the athlete has top sets of, lifts in alphabetical order. */
    public List<Recommendation> recommendations(UUID athleteId) {
        requireKnown(athleteId);
        return history.liftsOf(athleteId).stream()
                .map(lift -> review(athleteId, lift, properties.windowSessions()).recommendation())
                .toList();
    }

    /** The lifts {@link #recommendations} reviews: every lift the athlete has top sets of, sorted. */
    public List<String> recommendationsLifts(UUID athleteId) {
        requireKnown(athleteId);
        return List.copyOf(history.liftsOf(athleteId));
    }

    /** The review of one lift over the last {@code sessions} sessions with a top set. */
    public LiftReview review(UUID athleteId, String lift, int sessions) {
        requireKnown(athleteId);
        // One read serves the window and, without a stored plan, the inference of the athlete's program.
        List<AnalyticsSet> sets = history.sessionsOf(athleteId, lift, Math.max(sessions, properties.inferenceSessions()));
        if (sets.isEmpty()) {
            throw new UnknownLiftException(athleteId, lift);
        }
        PlannedLift plan = plans.planFor(athleteId, lift, sets);
        List<String> family = history.liftsOf(athleteId).stream()
                .filter(other -> MovementFamily.sameFamily(other, lift)).toList();
        List<TopSetLift> familyTopSets = history.topSetLifts(athleteId, family, properties.variationLookbackSessions());
        Set<UUID> sessionIds = sets.stream().map(AnalyticsSet::sessionId).collect(Collectors.toSet());
        PlanTimeline inForce = plan.source().inferred() ? PlanTimeline.current() : plans.timeline(athleteId, plan.lift());
        return reviewer.review(athleteId, plan, inForce, sessions, sets, familyTopSets, LocalDate.now(clock),
                advice.of(athleteId, plan.lift()), history.remarksOf(athleteId, sessionIds));
    }

    /** Every session of the lift with a top set, oldest first, summarised against the review's plan. */
    public LiftHistory history(LiftReview review) {
        List<AnalyticsSet> sets = history.sessionsOf(review.athleteId(), review.lift(), Integer.MAX_VALUE);
        LiftWindow all = SessionWindow.of(review.athleteId(), review.plannedLift()).lastSessions(Integer.MAX_VALUE)
                .build(sets);
        return new LiftHistory(review.athleteId(), review.lift(), all.unit(), review.plan().topSet().rpeMin(),
                review.plan().topSet().rpeMax(), all.sessions());
    }

    public ReviewProperties properties() {
        return properties;
    }

    private void requireKnown(UUID athleteId) {
        if (!history.knows(athleteId)) {
            throw new UnknownAthleteException(athleteId);
        }
    }
}
