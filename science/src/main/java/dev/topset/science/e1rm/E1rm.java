package dev.topset.science.e1rm;

import dev.topset.api.training.Load;
import dev.topset.science.Inputs;
import dev.topset.science.rpe.RpeChart;
import dev.topset.science.rpe.RpeRir;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Entry point for e1RM estimates. {@link #standard} is the one strategy every service uses, so the
 * trend view, the backoff calculator and the analytics never show two different e1RMs for one set.
 */
public final class E1rm {

    /** Method name of the RPE-adjusted estimate {@code load / pct(reps, rpe)}. */
    public static final String RPE_CHART = "RPE_CHART";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private E1rm() {
    }

    /**
     * The default e1RM of a set.
     *
     * <ol>
     *   <li>Effort: the logged RPE if present (it wins over RIR when both are logged, being the finer
     *       value), else 10 − RIR for RIR 0–4 (the Zourdos RIR-based RPE scale).</li>
     *   <li>If that RPE and the reps are inside the published chart (1–12 reps, RPE 6.5–10):
     *       {@code load / pct(reps, rpe)}, method {@link #RPE_CHART}.</li>
     *   <li>Otherwise (no effort logged, RIR above 4, RPE below 6.5, more than 12 reps):
     *       {@link E1rmFormula#EPLEY}, method {@code "EPLEY"} — a single counts as its own 1RM.</li>
     * </ol>
     * The result is in the input's unit, rounded to 2 decimals HALF_UP.
     *
     * <p>The estimate is monotone within one method; across the switch (12 → 13 reps at a known RPE,
     * or RPE 6.5 → 6) the value can step, which the method name makes visible.
     *
     * @param rpe nullable; must be on the 1–10 half-step scale when present
     * @param rir nullable; must not be negative when present
     * @throws dev.topset.science.ScienceRuleException for a negative load, reps below 1, an RPE off the
     *                                                 scale or a negative RIR
     */
    public static E1rmEstimate standard(Load load, int reps, BigDecimal rpe, Integer rir) {
        Inputs.requireLoad(load);
        Inputs.requireReps(reps);
        Optional<BigDecimal> effort = RpeRir.effectiveRpe(rpe, rir);
        if (effort.isPresent() && RpeChart.covers(reps, effort.get())) {
            return rpeAdjusted(load, reps, effort.get());
        }
        return E1rmFormula.EPLEY.estimate(load, reps);
    }

    /**
     * RPE-adjusted e1RM {@code load / pct(reps, rpe)}, computed as {@code load × 100 / percent} in one
     * exact division rounded to 2 decimals HALF_UP (no intermediate rounding).
     *
     * @throws dev.topset.science.rpe.OutsideRpeChartException outside the chart
     */
    public static E1rmEstimate rpeAdjusted(Load load, int reps, BigDecimal rpe) {
        Inputs.requireLoad(load);
        Inputs.requireReps(reps);
        BigDecimal percent = RpeChart.percentOf1rm(reps, rpe);
        BigDecimal value = load.amount().multiply(HUNDRED).divide(percent, E1rmFormula.SCALE, E1rmFormula.ROUNDING);
        return new E1rmEstimate(new Load(value, load.unit()), RPE_CHART);
    }

    /** A named formula, for analysts comparing methods; services should use {@link #standard}. */
    public static E1rmEstimate byFormula(E1rmFormula formula, Load load, int reps) {
        return formula.estimate(load, reps);
    }
}
