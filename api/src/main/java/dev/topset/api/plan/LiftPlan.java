package dev.topset.api.plan;

import dev.topset.api.training.Load;

/**
 * An athlete's plan for one lift (the lift is the key, not part of the plan).
 *
 * <p>Values are normalised on construction so that a plan sent again with "12.50" instead of "12.5"
 * compares equal and is recognised as unchanged. Limits are command-service's job (named rules), so an
 * event recorded under older limits still loads.
 *
 * @param nextTopSetLoad the load planned for the next top set, when known (set by the athlete or by an
 *                       accepted recommendation); null otherwise
 */
public record LiftPlan(TopSetTarget topSet, BackoffScheme backoff, Progression progression, Loading loading,
                       Load nextTopSetLoad) {

    public LiftPlan withTopSet(TopSetTarget newTopSet) {
        return new LiftPlan(newTopSet, backoff, progression, loading, nextTopSetLoad);
    }

    public LiftPlan withBackoff(BackoffScheme newBackoff) {
        return new LiftPlan(topSet, newBackoff, progression, loading, nextTopSetLoad);
    }

    public LiftPlan withProgression(Progression newProgression) {
        return new LiftPlan(topSet, backoff, newProgression, loading, nextTopSetLoad);
    }

    public LiftPlan withNextTopSetLoad(Load load) {
        return new LiftPlan(topSet, backoff, progression, loading, load);
    }
}
