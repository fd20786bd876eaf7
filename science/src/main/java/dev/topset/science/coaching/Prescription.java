package dev.topset.science.coaching;

import dev.topset.api.training.Load;
import dev.topset.science.backoff.BackoffMethod;
import java.math.BigDecimal;
import java.util.List;

/**
 * The backoff work prescribed after a top set, ready to load.
 *
 * @param load           loadable backoff weight, in the plan's unit
 * @param sets           how many backoff sets
 * @param reps           target reps of each backoff
 * @param rpe            target RPE (TARGET backoffs); null for a percentage drop
 * @param rpeCap         stop the backoffs above this RPE
 * @param repTolerance   stop the backoffs when a set is more than this many reps short
 * @param method         PERCENT_DROP or RPE_TARGET
 * @param dropPercent    how far below the top set the loadable weight actually is
 * @param e1rm           the top set's e1RM the load was derived from (RPE_TARGET only)
 * @param cappedAtTopSet the method would have put the backoff above the top set, so the top-set load was used
 * @param platesPerSide  heaviest first, on {@code bar}
 * @param defaultPlan    true when the athlete has no plan for the lift and the default (−12.5 %) applied
 */
public record Prescription(Load load, int sets, int reps, BigDecimal rpe, BigDecimal rpeCap, int repTolerance,
                           BackoffMethod method, BigDecimal dropPercent, Load e1rm, boolean cappedAtTopSet, Load bar,
                           List<PlatePair> platesPerSide, boolean defaultPlan) {
}
