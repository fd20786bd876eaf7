package dev.topset.command.athlete;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.athlete.RegisterAthlete;
import dev.topset.api.plan.AdjustLiftPlan;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.SetLiftPlan;
import dev.topset.api.recommendation.AcceptRecommendation;
import dev.topset.api.recommendation.DismissRecommendation;
import dev.topset.api.recommendation.IssueRecommendation;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.recommendation.RecommendationSuperseded;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.plan.LiftPlanResult;
import dev.topset.command.plan.LiftPlanRules;
import dev.topset.command.recommendation.RecommendationResult;
import dev.topset.command.recommendation.RecommendationStatus;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import dev.topset.command.eventstore.AggregateCaches;
import dev.topset.command.validation.TrainingTimeChecks;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A lifter: profile, preferred unit, a plan per lift and the recommendations analytics issued (accepting one
 * adjusts the lift's plan).
 */
@Aggregate(cache = AggregateCaches.ATHLETES, snapshotTriggerDefinition = AthleteSnapshots.TRIGGER,
        snapshotFilter = AthleteSnapshots.FILTER)
@Revision(Athlete.SNAPSHOT_REVISION)
// a snapshot is this state as JSON: the fields, nothing derived from methods
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Athlete {

    /** Raise when the fields below change shape: older snapshots are then skipped (see {@link AthleteSnapshots}). */
    static final String SNAPSHOT_REVISION = "1";

    @AggregateIdentifier
    private UUID athleteId;
    private String name;
    private LoadUnit preferredUnit;
    private Load bodyWeight;
    private final Map<String, LiftPlan> plans = new HashMap<>();
    private final Map<UUID, IssuedRecommendation> recommendations = new HashMap<>();

    /** What the aggregate remembers of an issued recommendation: enough to answer replays and apply it. */
    record IssuedRecommendation(RecommendationIssued issued, RecommendationStatus status, UUID supersededBy) {

        IssuedRecommendation withStatus(RecommendationStatus newStatus) {
            return new IssuedRecommendation(issued, newStatus, supersededBy);
        }
    }

    protected Athlete() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AthleteResult handle(RegisterAthlete command) {
        if (athleteId != null) {
            if (name.equals(command.name()) && preferredUnit == command.preferredUnit()
                    && Objects.equals(bodyWeight, command.bodyWeight())) {
                return result(true);
            }
            throw new ConflictException(Rule.ATHLETE_ID_REUSED,
                    "athlete " + athleteId + " was already registered with different content", result(true));
        }
        apply(new AthleteRegistered(command.athleteId(), command.name(), command.preferredUnit(),
                command.bodyWeight()));
        return result(false);
    }

    /** Stores a whole plan. The same plan again is answered as a replay and records nothing (PUT semantics). */
    @CommandHandler
    public LiftPlanResult handle(SetLiftPlan command) {
        String lift = command.lift();
        if (command.plan() != null && command.plan().equals(plans.get(lift))) {
            return new LiftPlanResult(athleteId, lift, plans.get(lift), true);
        }
        LiftPlanRules.check(command.plan());
        apply(new LiftPlanSet(athleteId, lift, command.plan(), command.deviceId()));
        return new LiftPlanResult(athleteId, lift, plans.get(lift), false);
    }

    /**
     * Changes some fields of the lift's plan. A lift without a stored plan is adjusted from the default
     * plan in the athlete's unit, which it then stores: accepting "+2.5 kg" must work before anyone wrote
     * a plan by hand.
     */
    @CommandHandler
    public LiftPlanResult handle(AdjustLiftPlan command) {
        return adjust(command.lift(), command.changes(), command.reason(), command.deviceId(), () -> { });
    }

    /**
     * The one path that changes some fields of a lift's plan, shared by {@link AdjustLiftPlan} and an accepted
     * recommendation. Every rule is checked before {@code beforeApply} and the adjustment are applied, so a
     * broken rule records nothing.
     */
    private LiftPlanResult adjust(String lift, LiftPlanChanges changes, String reason, String deviceId,
                                  Runnable beforeApply) {
        LiftPlan stored = plans.get(lift);
        LiftPlan base = stored != null ? stored : DefaultLiftPlan.forUnit(preferredUnit);
        if (changes == null || changes.isEmpty()) {
            beforeApply.run();
            return new LiftPlanResult(athleteId, lift, base, true);
        }
        LiftPlanRules.checkAdjustment(base, changes);
        LiftPlan adjusted = changes.applyTo(base);
        if (adjusted.equals(stored)) {
            beforeApply.run();
            return new LiftPlanResult(athleteId, lift, stored, true);
        }
        LiftPlanRules.check(adjusted);
        beforeApply.run();
        apply(new LiftPlanAdjusted(athleteId, lift, changes, adjusted, reason, deviceId));
        return new LiftPlanResult(athleteId, lift, plans.get(lift), false);
    }

    /**
     * Records analytics' recommendation. The same id with the same content again is a replay (a re-run of the
     * same review); the same id with different content is a conflict. A new id for a lift whose previous
     * recommendation is still open supersedes that one first ({@code RecommendationSuperseded}): analytics derives
     * the id from the reviewed evidence, so a re-review after a correction comes with a new id and replaces the
     * stale advice instead of being refused.
     */
    @CommandHandler
    public RecommendationResult handle(IssueRecommendation command) {
        IssuedRecommendation known = recommendations.get(command.recommendationId());
        RecommendationIssued issued = new RecommendationIssued(athleteId, command.lift(), command.recommendationId(),
                command.type(), command.advice(), command.changes(), command.backoffLoad(), command.evidence());
        if (known != null) {
            if (known.issued().equals(issued)) {
                return recommendationResult(known, null, true);
            }
            throw new ConflictException(Rule.RECOMMENDATION_ID_REUSED, "recommendation " + command.recommendationId()
                    + " was already issued with different content", recommendationResult(known, null, true));
        }
        if (command.evidence() != null) {
            TrainingTimeChecks.require("evidence.firstDate", command.evidence().firstDate());
            TrainingTimeChecks.require("evidence.lastDate", command.evidence().lastDate());
        }
        List<UUID> open = recommendations.values().stream()
                .filter(recommendation -> recommendation.status() == RecommendationStatus.ISSUED
                        && recommendation.issued().lift().equals(issued.lift()))
                .map(recommendation -> recommendation.issued().recommendationId()).sorted().toList();
        open.forEach(stale -> apply(new RecommendationSuperseded(athleteId, issued.lift(), stale,
                command.recommendationId())));
        apply(issued);
        return recommendationResult(recommendations.get(command.recommendationId()), null, false);
    }

    /**
     * Accepts a recommendation: {@code RecommendationAccepted}, then its changes through the same path as
     * {@link AdjustLiftPlan} ({@code LiftPlanAdjusted} unless the plan already reads like that). Accepting
     * again is a replay; accepting a dismissed one breaks {@link Rule#RECOMMENDATION_CLOSED}.
     */
    @CommandHandler
    public RecommendationResult handle(AcceptRecommendation command) {
        IssuedRecommendation known = require(command.recommendationId());
        if (known.status() == RecommendationStatus.ACCEPTED) {
            return recommendationResult(known, planOf(known.issued().lift()), true);
        }
        if (known.status() == RecommendationStatus.DISMISSED) {
            throw new RuleViolationException(Rule.RECOMMENDATION_CLOSED,
                    "recommendation " + command.recommendationId() + " was dismissed; it cannot be accepted");
        }
        requireNotSuperseded(known);
        RecommendationIssued issued = known.issued();
        LiftPlanResult plan = adjust(issued.lift(), issued.changes(),
                "accepted recommendation " + issued.recommendationId() + " (" + issued.type() + ")",
                command.deviceId(), () -> apply(new RecommendationAccepted(athleteId, issued.lift(),
                        issued.recommendationId(), issued.changes(), command.deviceId())));
        return recommendationResult(recommendations.get(command.recommendationId()), plan.plan(), false);
    }

    /** Dismisses a recommendation; again is a replay, dismissing an accepted one breaks RECOMMENDATION_CLOSED. */
    @CommandHandler
    public RecommendationResult handle(DismissRecommendation command) {
        IssuedRecommendation known = require(command.recommendationId());
        if (known.status() == RecommendationStatus.DISMISSED) {
            return recommendationResult(known, null, true);
        }
        if (known.status() == RecommendationStatus.ACCEPTED) {
            throw new RuleViolationException(Rule.RECOMMENDATION_CLOSED,
                    "recommendation " + command.recommendationId() + " was accepted; it cannot be dismissed");
        }
        requireNotSuperseded(known);
        apply(new RecommendationDismissed(athleteId, known.issued().lift(), command.recommendationId(),
                command.reason(), command.deviceId()));
        return recommendationResult(recommendations.get(command.recommendationId()), null, false);
    }

    private void requireNotSuperseded(IssuedRecommendation known) {
        if (known.status() == RecommendationStatus.SUPERSEDED) {
            throw new RuleViolationException(Rule.RECOMMENDATION_CLOSED, "recommendation "
                    + known.issued().recommendationId() + " was superseded by " + known.supersededBy()
                    + " (a newer review of " + known.issued().lift() + ")");
        }
    }

    private IssuedRecommendation require(UUID recommendationId) {
        IssuedRecommendation known = recommendations.get(recommendationId);
        if (known == null) {
            throw new NotFoundException(Rule.RECOMMENDATION_NOT_FOUND,
                    "athlete " + athleteId + " has no recommendation " + recommendationId);
        }
        return known;
    }

    private LiftPlan planOf(String lift) {
        LiftPlan stored = plans.get(lift);
        return stored != null ? stored : DefaultLiftPlan.forUnit(preferredUnit);
    }

    private RecommendationResult recommendationResult(IssuedRecommendation recommendation, LiftPlan plan,
                                                      boolean replayed) {
        RecommendationIssued issued = recommendation.issued();
        return new RecommendationResult(athleteId, issued.recommendationId(), issued.lift(), issued.type(),
                recommendation.status(), plan, replayed);
    }

    private AthleteResult result(boolean replayed) {
        return new AthleteResult(athleteId, name, preferredUnit, bodyWeight, replayed);
    }

    @EventSourcingHandler
    void on(AthleteRegistered event) {
        athleteId = event.athleteId();
        name = event.name();
        preferredUnit = event.preferredUnit();
        bodyWeight = event.bodyWeight();
    }

    @EventSourcingHandler
    void on(LiftPlanSet event) {
        plans.put(event.lift(), event.plan());
    }

    @EventSourcingHandler
    void on(LiftPlanAdjusted event) {
        plans.put(event.lift(), event.plan());
    }

    @EventSourcingHandler
    void on(RecommendationIssued event) {
        recommendations.put(event.recommendationId(),
                new IssuedRecommendation(event, RecommendationStatus.ISSUED, null));
    }

    @EventSourcingHandler
    void on(RecommendationAccepted event) {
        recommendations.computeIfPresent(event.recommendationId(),
                (id, known) -> known.withStatus(RecommendationStatus.ACCEPTED));
    }

    @EventSourcingHandler
    void on(RecommendationSuperseded event) {
        recommendations.computeIfPresent(event.recommendationId(), (id, known) -> new IssuedRecommendation(
                known.issued(), RecommendationStatus.SUPERSEDED, event.supersededBy()));
    }

    @EventSourcingHandler
    void on(RecommendationDismissed event) {
        recommendations.computeIfPresent(event.recommendationId(),
                (id, known) -> known.withStatus(RecommendationStatus.DISMISSED));
    }
}
