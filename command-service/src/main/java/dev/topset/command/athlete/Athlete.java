package dev.topset.command.athlete;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.athlete.RegisterAthlete;
import dev.topset.api.plan.AdjustLiftPlan;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.plan.SetLiftPlan;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.plan.LiftPlanResult;
import dev.topset.command.plan.LiftPlanRules;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import dev.topset.command.eventstore.AggregateCaches;
import org.axonframework.spring.stereotype.Aggregate;

/** A lifter: profile, preferred unit and a plan per lift. Accepted recommendations will live here too. */
@Aggregate(cache = AggregateCaches.ATHLETES)
public class Athlete {

    @AggregateIdentifier
    private UUID athleteId;
    private String name;
    private LoadUnit preferredUnit;
    private Load bodyWeight;
    private final Map<String, LiftPlan> plans = new HashMap<>();

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
        String lift = command.lift();
        LiftPlan stored = plans.get(lift);
        LiftPlan base = stored != null ? stored : DefaultLiftPlan.forUnit(preferredUnit);
        if (command.changes().isEmpty()) {
            return new LiftPlanResult(athleteId, lift, base, true);
        }
        LiftPlanRules.checkAdjustment(base, command.changes());
        LiftPlan adjusted = command.changes().applyTo(base);
        if (adjusted.equals(stored)) {
            return new LiftPlanResult(athleteId, lift, stored, true);
        }
        LiftPlanRules.check(adjusted);
        apply(new LiftPlanAdjusted(athleteId, lift, command.changes(), adjusted, command.reason(),
                command.deviceId()));
        return new LiftPlanResult(athleteId, lift, plans.get(lift), false);
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
}
