package dev.topset.query.live;

import dev.topset.api.TrainingEvent;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.session.SessionEvent;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which change a device should hear of for an event; empty for events no live view shows. */
@Component
class LiveChanges {

    private final JdbcClient jdbc;

    LiveChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LiveChange> of(TrainingEvent event, String type) {
        UUID athlete = event.athleteId();
        if (event instanceof SessionEvent session) {
            UUID sessionId = session.sessionId();
            if (event instanceof SetLogged logged) {
                return change(athlete, sessionId, logged.details().lift(), "SET_LOGGED", type, logged.setId(),
                        logged.kind().name());
            }
            if (event instanceof SetCorrected corrected) {
                return change(athlete, sessionId, corrected.details().lift(), "SET_CORRECTED", type,
                        corrected.setId(), corrected.kind().name());
            }
            if (event instanceof SetVoided voided) {
                return change(athlete, sessionId, liftOf(voided.setId()), "SET_VOIDED", type, voided.setId(),
                        voided.kind().name());
            }
            if (event instanceof SessionStarted) {
                return change(athlete, sessionId, null, "SESSION_STARTED", type, null, null);
            }
            if (event instanceof SessionFinished) {
                return change(athlete, sessionId, null, "SESSION_FINISHED", type, null, null);
            }
            return Optional.empty();
        }
        if (event instanceof LiftPlanSet set) {
            return change(athlete, null, set.lift(), "PLAN_CHANGED", type, null, null);
        }
        if (event instanceof LiftPlanAdjusted adjusted) {
            return change(athlete, null, adjusted.lift(), "PLAN_CHANGED", type, null, null);
        }
        if (event instanceof RecommendationIssued issued) {
            return change(athlete, null, issued.lift(), "RECOMMENDATION_ISSUED", type, null, null);
        }
        if (event instanceof RecommendationAccepted) {
            return change(athlete, null, null, "RECOMMENDATION_ACCEPTED", type, null, null);
        }
        if (event instanceof RecommendationDismissed) {
            return change(athlete, null, null, "RECOMMENDATION_DISMISSED", type, null, null);
        }
        return Optional.empty();
    }

    private String liftOf(UUID setId) {
        return jdbc.sql("SELECT lift FROM set_view WHERE set_id = :setId")
                .param("setId", setId).query(String.class).optional().orElse(null);
    }

    private static Optional<LiveChange> change(UUID athlete, UUID session, String lift, String change, String type,
                                               UUID setId, String kind) {
        Map<String, String> links = new LinkedHashMap<>();
        if (session != null) {
            links.put("session", "/sessions/" + session);
        }
        if (lift != null) {
            links.put("trend", "/athletes/" + athlete + "/lifts/" + lift + "/trend");
        }
        if (change.startsWith("RECOMMENDATION") || change.equals("PLAN_CHANGED")) {
            links.put("recommendations", "/athletes/" + athlete + "/recommendations");
        }
        return Optional.of(new LiveChange(athlete, session, lift, change, type, setId, kind, Map.copyOf(links)));
    }
}
