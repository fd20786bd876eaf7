package dev.topset.api.recommendation;

import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.training.LiftName;
import dev.topset.api.training.Load;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Analytics recommends a change of one lift's plan. The id is chosen by analytics, deterministically from
 * athlete, lift and the last reviewed session, so that reviewing the same sessions again is a replay.
 *
 * @param type        the analytics recommendation type (INCREASE_LOAD, HOLD, DELOAD, ...)
 * @param advice      one sentence for the athlete
 * @param changes     what accepting changes in the plan, as absolute values (may be empty, e.g. for HOLD
 *                    at the planned load)
 * @param backoffLoad the backoff load the suggestion implies, when it names one (informational: plans store
 *                    backoffs as a drop percent or an RPE target)
 */
public record IssueRecommendation(@TargetAggregateIdentifier UUID athleteId, String lift, UUID recommendationId,
                                  String type, String advice, LiftPlanChanges changes, Load backoffLoad,
                                  RecommendationEvidence evidence) {

    public IssueRecommendation {
        lift = LiftName.key(lift);
    }
}
