package dev.topset.command.calculator;

import dev.topset.api.training.Load;
import dev.topset.science.backoff.BackoffMethod;
import dev.topset.science.coaching.PlatePair;
import dev.topset.science.e1rm.E1rmEstimate;
import dev.topset.science.plates.RoundingDirection;
import java.math.BigDecimal;
import java.util.List;

/**
 * A backoff load for a top set, ready to load.
 *
 * @param exactLoad      what the method asked for before rounding (2 decimals)
 * @param dropPercent    how far below the top set the loadable weight is
 * @param e1rm           the top set's e1RM (science's default strategy); null for a plain percentage drop
 * @param targetReps     the reps the load is meant for (the top set's reps unless a target was given)
 * @param targetRpe      the RPE the load is meant for; null for a percentage drop
 * @param cappedAtTopSet the method would have put the backoff above the top set; the top-set load was used
 */
public record BackoffCalculation(Load topSet, int reps, BigDecimal rpe, BackoffMethod method, Load load,
                                 Load exactLoad, BigDecimal dropPercent, E1rmEstimate e1rm, int targetReps,
                                 BigDecimal targetRpe, boolean cappedAtTopSet, RoundingDirection rounding, Load bar,
                                 List<PlatePair> platesPerSide) {
}
