package dev.topset.science.backoff;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.Inputs;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.e1rm.E1rmEstimate;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.RoundedLoad;
import dev.topset.science.plates.RoundingDirection;
import dev.topset.science.rpe.RpeChart;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * From a top set to a backoff load, always rounded to what the plate set can load.
 *
 * <p>Three ways in:
 * <ol>
 *   <li>{@link #percentDrop}: top-set load × (100 − drop) / 100 (seeds: 10–15 % typical; strength
 *       10–20, hypertrophy 20–30, technique 30+; product default {@link #DEFAULT_DROP_PERCENT}).</li>
 *   <li>{@link #forTarget}: the top set's e1RM ({@link TopSet#e1rm()}, the module's default
 *       strategy) × chart percentage for the target reps and RPE, e.g. "3 × 8 at RPE 7.5".</li>
 *   <li>{@link #firstBackoff}: "the first backoff lands about 2 reps shy of failure", taken to mean
 *       the top set's reps at RPE 8 (RIR 2) via the chart. After a
 *       5 @ 9 top set that is 81.1 / 83.7 of the top-set load (about −3 %); after a top set at RPE 8
 *       or below it is the top-set load itself (capped, see below).</li>
 * </ol>
 *
 * <p>Never above the top set: a backoff is lighter work by definition, so when a target or the
 * rounding would land above the top-set load, the result is the top-set load rounded DOWN to loadable
 * and flagged {@link BackoffPrescription#cappedAtTopSet()}. A top set lighter than the bar has no
 * barbell backoff and is rejected ({@link ScienceRule#TOP_SET_BELOW_BAR}). Targets outside the chart
 * (e.g. 15 reps, RPE 6) are rejected by the chart; nothing is extrapolated.
 *
 * <p>Computation: the top set is converted to the plate set's unit ({@link UnitConverter}); the e1RM
 * is the same 2-decimal figure the trend view shows (computed in the logged unit, then converted),
 * so the prescription can be re-derived by hand from what the athlete sees.
 */
public final class BackoffCalculator {

    /** Product default when a lift has no backoff plan: −12.5 %, the middle of the usual 10–15 %. */
    public static final BigDecimal DEFAULT_DROP_PERCENT = new BigDecimal("12.5");

    /** RPE of the first backoff under {@link #firstBackoff}: 2 reps in reserve. */
    public static final BigDecimal FIRST_BACKOFF_RPE = new BigDecimal("8");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlateCalculator plates;
    private final RoundingDirection direction;

    /**
     * @param direction rounding of the exact backoff load; {@link RoundingDirection#NEAREST} is what
     *                  lifters expect from a calculator, DOWN when a plan wants to err lighter
     */
    public BackoffCalculator(PlateCalculator plates, RoundingDirection direction) {
        this.plates = Objects.requireNonNull(plates, "plates");
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    /** Default bar and plates of the unit, rounding to the nearest loadable weight. */
    public static BackoffCalculator standard(LoadUnit unit) {
        return new BackoffCalculator(PlateCalculator.standard(unit), RoundingDirection.NEAREST);
    }

    /** (a) Top-set load minus {@code dropPercent} percent (0 ≤ drop &lt; 100). */
    public BackoffPrescription percentDrop(TopSet top, BigDecimal dropPercent) {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(dropPercent, "dropPercent");
        if (dropPercent.signum() < 0 || dropPercent.compareTo(HUNDRED) >= 0) {
            throw new ScienceRuleException(ScienceRule.DROP_PERCENT_RANGE,
                    "a backoff drop must be at least 0 % and below 100 %, got " + dropPercent.toPlainString() + " %");
        }
        Load topLoad = topInPlateUnit(top);
        BigDecimal exact = topLoad.amount().multiply(HUNDRED.subtract(dropPercent)).divide(HUNDRED);
        return prescribe(topLoad, new Load(exact, topLoad.unit()), BackoffMethod.PERCENT_DROP, null);
    }

    /** (a) with the product default {@link #DEFAULT_DROP_PERCENT}. */
    public BackoffPrescription defaultDrop(TopSet top) {
        return percentDrop(top, DEFAULT_DROP_PERCENT);
    }

    /** (b) The load for {@code reps} at {@code rpe} from the top set's e1RM. */
    public BackoffPrescription forTarget(TopSet top, int reps, BigDecimal rpe) {
        return fromE1rm(top, reps, rpe, BackoffMethod.RPE_TARGET);
    }

    /** (c) The top set's reps at RPE 8 (see the class comment). */
    public BackoffPrescription firstBackoff(TopSet top) {
        Objects.requireNonNull(top, "top");
        return fromE1rm(top, top.reps(), FIRST_BACKOFF_RPE, BackoffMethod.FIRST_BACKOFF_DEFAULT);
    }

    private BackoffPrescription fromE1rm(TopSet top, int reps, BigDecimal rpe, BackoffMethod method) {
        Objects.requireNonNull(top, "top");
        Inputs.requireReps(reps);
        BigDecimal fraction = RpeChart.fractionOf1rm(reps, Inputs.requireRpe(rpe));
        Load topLoad = topInPlateUnit(top);
        E1rmEstimate e1rm = top.e1rm();
        BigDecimal e1rmInPlateUnit = UnitConverter.convert(e1rm.value(), topLoad.unit()).amount();
        Load exact = new Load(e1rmInPlateUnit.multiply(fraction), topLoad.unit());
        return prescribe(topLoad, exact, method, e1rm);
    }

    private BackoffPrescription prescribe(Load topLoad, Load exact, BackoffMethod method, E1rmEstimate e1rm) {
        RoundedLoad rounded = plates.round(exact, direction);
        boolean capped = rounded.load().amount().compareTo(topLoad.amount()) > 0;
        if (capped) {
            rounded = plates.round(topLoad, RoundingDirection.DOWN);
        }
        return new BackoffPrescription(rounded.load(), exact, method, dropPercent(topLoad, rounded.load()), e1rm,
                capped, rounded);
    }

    private Load topInPlateUnit(TopSet top) {
        Load topLoad = UnitConverter.convert(top.load(), plates.plateSet().unit());
        if (topLoad.amount().compareTo(plates.plateSet().bar()) < 0) {
            throw new ScienceRuleException(ScienceRule.TOP_SET_BELOW_BAR,
                    "the top set (" + top.load() + ") is lighter than the bar (" + plates.plateSet().barLoad() + ")");
        }
        return topLoad;
    }

    private static BigDecimal dropPercent(Load top, Load backoff) {
        if (top.amount().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return top.amount().subtract(backoff.amount()).multiply(HUNDRED)
                .divide(top.amount(), 1, RoundingMode.HALF_UP);
    }
}
