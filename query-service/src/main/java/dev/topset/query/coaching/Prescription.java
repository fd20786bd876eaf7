package dev.topset.query.coaching;

import dev.topset.api.training.Load;
import dev.topset.science.backoff.BackoffMethod;
import java.math.BigDecimal;
import java.util.List;

/**
 * The backoff work prescribed after the lift's last top set; the same shape as command-service's answer
 * to a logged top set.
 *
 * @param rpe         target RPE (TARGET backoffs); null for a percentage drop
 * @param e1rm        the top set's e1RM the load was derived from (RPE_TARGET only)
 * @param defaultPlan true when the athlete has no plan for the lift and the default (−12.5 %) applied
 */
public record Prescription(Load load, int sets, int reps, BigDecimal rpe, BigDecimal rpeCap, int repTolerance,
                           BackoffMethod method, BigDecimal dropPercent, Load e1rm, boolean cappedAtTopSet, Load bar,
                           List<PlatePair> platesPerSide, boolean defaultPlan) {
}
