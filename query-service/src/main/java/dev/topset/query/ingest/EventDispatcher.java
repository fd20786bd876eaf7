package dev.topset.query.ingest;

import dev.topset.api.TrainingEvent;
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

/** Routes each event to the projections that care about it. */
@Component
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final AthleteProjection athletes;
    private final SessionProjection sessions;
    private final LiftPlanProjection plans;

    public EventDispatcher(AthleteProjection athletes, SessionProjection sessions, LiftPlanProjection plans) {
        this.athletes = athletes;
        this.sessions = sessions;
        this.plans = plans;
    }

    /** @return the (session, lift) pairs whose trend row must be recomputed */
    public Set<SessionLift> apply(TrainingEvent event, Instant recordedAt) {
        if (event instanceof AthleteRegistered registered) {
            athletes.on(registered, recordedAt);
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
