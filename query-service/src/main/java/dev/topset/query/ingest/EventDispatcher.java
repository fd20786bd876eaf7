package dev.topset.query.ingest;

import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.recommendation.RecommendationSuperseded;
import dev.topset.query.recommendation.RecommendationProjection;
import dev.topset.api.gym.GymEvent;
import dev.topset.query.gym.GymProjection;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.ingest.EventProjection;
import dev.topset.query.trend.LiftTrendProjection;
import java.util.LinkedHashSet;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.session.SessionEvent;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import dev.topset.query.athlete.AthleteProjection;
import dev.topset.query.plan.LiftPlanProjection;
import dev.topset.query.session.SessionProjection;
import dev.topset.query.trend.SessionLift;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * query-service's projection of the event stream: routes each event to the read models that care about
 * it, and recomputes the trend rows a batch touched once, at the end of the batch (a batch often holds a
 * whole session, so this is far cheaper than once per set).
 */
@Component
public class EventDispatcher implements EventProjection {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final AthleteProjection athletes;
    private final SessionProjection sessions;
    private final LiftPlanProjection plans;
    private final LiftTrendProjection trends;
    private final RecommendationProjection recommendations;
    private final GymProjection gyms;
    // Per consumer thread: each thread applies its own partitions' batches (topset.kafka.concurrency).
    private final ThreadLocal<Set<SessionLift>> staleTrends = ThreadLocal.withInitial(LinkedHashSet::new);

    public EventDispatcher(AthleteProjection athletes, SessionProjection sessions, LiftPlanProjection plans,
                           LiftTrendProjection trends, RecommendationProjection recommendations,
                           GymProjection gyms) {
        this.gyms = gyms;
        this.recommendations = recommendations;
        this.athletes = athletes;
        this.sessions = sessions;
        this.plans = plans;
        this.trends = trends;
    }

    @Override
    public void apply(TrainingEvent event, EventEnvelope envelope, Instant recordedAt) {
        staleTrends.get().addAll(route(event, recordedAt));
    }

    /**
     * Writes what the projections collected during the batch (each kind as one round trip), then recomputes the trend
     * rows it touched. Entries left by a rolled-back batch are harmless: trend rows are recomputed from the set rows.
     */
    @Override
    public void batchApplied() {
        try {
            athletes.flush();
            plans.flush();
            recommendations.flush();
            staleTrends.get().addAll(sessions.flushBatch());
            trends.refresh(staleTrends.get());
        } finally {
            staleTrends.get().clear();
        }
    }

    /** @return the (session, lift) pairs whose trend row must be recomputed */
    Set<SessionLift> route(TrainingEvent event, Instant recordedAt) {
        if (event instanceof AthleteRegistered registered) {
            athletes.on(registered, recordedAt);
            return Set.of();
        }
        if (event instanceof GymEvent gymEvent) {
            gyms.on(gymEvent, recordedAt);
            return Set.of();
        }
        if (event instanceof LiftPlanSet planSet) {
            plans.on(planSet, recordedAt);
            return Set.of();
        }
        if (event instanceof LiftPlanAdjusted planAdjusted) {
            plans.on(planAdjusted, recordedAt);
            return Set.of();
        }
        if (event instanceof RecommendationIssued issued) {
            recommendations.on(issued, recordedAt);
            return Set.of();
        }
        if (event instanceof RecommendationAccepted accepted) {
            recommendations.on(accepted, recordedAt);
            return Set.of();
        }
        if (event instanceof RecommendationDismissed dismissed) {
            recommendations.on(dismissed, recordedAt);
            return Set.of();
        }
        if (event instanceof RecommendationSuperseded superseded) {
            recommendations.on(superseded, recordedAt);
            return Set.of();
        }
        if (!(event instanceof SessionEvent sessionEvent)) {
            log.debug("no projection for {}", event.getClass().getSimpleName());
            return Set.of();
        }
        Set<String> lifts;
        if (event instanceof SetLogged logged) {
            lifts = sessions.on(logged, recordedAt);
        } else if (event instanceof SetCorrected corrected) {
            lifts = sessions.on(corrected, recordedAt);
        } else if (event instanceof SetVoided voided) {
            lifts = sessions.on(voided);
        } else if (event instanceof SessionStarted started) {
            lifts = sessions.on(started, recordedAt);
        } else if (event instanceof SessionFinished finished) {
            lifts = sessions.on(finished, recordedAt);
        } else {
            log.debug("no projection for {}", event.getClass().getSimpleName());
            lifts = Set.of();
        }
        return lifts.stream()
                .map(lift -> new SessionLift(sessionEvent.sessionId(), lift))
                .collect(Collectors.toSet());
    }
}
