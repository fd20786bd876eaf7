package dev.topset.command.athlete;

import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.recommendation.RecommendationSuperseded;
import dev.topset.command.plan.LiftPlanRules;
import dev.topset.command.recommendation.RecommendationStatus;
import dev.topset.command.rule.HistoryRules;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The rules of {@link Athlete}'s commands, for a restored history of one athlete stream. */
public final class AthleteHistoryRules implements HistoryRules {

    private boolean registered;
    private final Map<UUID, RecommendationStatus> recommendations = new HashMap<>();

    @Override
    public void recorded(TrainingEvent event) {
        if (event instanceof AthleteRegistered) {
            registered = true;
        } else if (event instanceof RecommendationIssued issued) {
            recommendations.put(issued.recommendationId(), RecommendationStatus.ISSUED);
        } else if (event instanceof RecommendationAccepted accepted) {
            recommendations.replace(accepted.recommendationId(), RecommendationStatus.ACCEPTED);
        } else if (event instanceof RecommendationDismissed dismissed) {
            recommendations.replace(dismissed.recommendationId(), RecommendationStatus.DISMISSED);
        } else if (event instanceof RecommendationSuperseded superseded) {
            recommendations.replace(superseded.recommendationId(), RecommendationStatus.SUPERSEDED);
        }
    }

    @Override
    public void check(TrainingEvent event) {
        if (!registered && !(event instanceof AthleteRegistered)) {
            throw order("an athlete's history starts with the AthleteRegistered, not a "
                    + event.getClass().getSimpleName());
        }
        if (event instanceof AthleteRegistered) {
            if (registered) {
                throw new RuleViolationException(Rule.ATHLETE_ID_REUSED, "athlete " + event.athleteId()
                        + " was already registered");
            }
        } else if (event instanceof LiftPlanSet set) {
            LiftPlanRules.check(set.plan());
        } else if (event instanceof LiftPlanAdjusted adjusted) {
            LiftPlanRules.check(adjusted.plan());
        } else if (event instanceof RecommendationIssued issued) {
            if (recommendations.containsKey(issued.recommendationId())) {
                throw new RuleViolationException(Rule.RECOMMENDATION_ID_REUSED, "recommendation "
                        + issued.recommendationId() + " is issued earlier in this history");
            }
        } else if (event instanceof RecommendationAccepted accepted) {
            requireOpen(accepted.recommendationId());
        } else if (event instanceof RecommendationDismissed dismissed) {
            requireOpen(dismissed.recommendationId());
        } else if (event instanceof RecommendationSuperseded superseded) {
            requireOpen(superseded.recommendationId());
        }
        recorded(event);
    }

    private void requireOpen(UUID recommendationId) {
        RecommendationStatus status = recommendations.get(recommendationId);
        if (status == null) {
            throw new RuleViolationException(Rule.RECOMMENDATION_NOT_FOUND, "recommendation " + recommendationId
                    + " is not issued earlier in this history");
        }
        if (status != RecommendationStatus.ISSUED) {
            throw new RuleViolationException(Rule.RECOMMENDATION_CLOSED, "recommendation " + recommendationId
                    + " was " + status.name().toLowerCase(Locale.ROOT) + " earlier in this history");
        }
    }

    private static RuleViolationException order(String message) {
        return new RuleViolationException(Rule.HISTORY_ORDER, message);
    }
}
