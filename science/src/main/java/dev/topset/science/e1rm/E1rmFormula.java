package dev.topset.science.e1rm;

import dev.topset.api.training.Load;
import dev.topset.science.Inputs;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The named rep-based e1RM formulas (w = load, r = reps), coefficients as published:
 * <ul>
 *   <li>Epley 1985: w(1 + r/30)</li>
 *   <li>Brzycki 1993: 36w / (37 − r)</li>
 *   <li>Lombardi 1989: w · r^0.10</li>
 *   <li>Mayhew et al. 1992: 100w / (52.2 + 41.9 e^(−0.055r))</li>
 *   <li>O'Conner et al. 1989: w(1 + 0.025r)</li>
 *   <li>Wathan 1994: 100w / (48.8 + 53.8 e^(−0.075r))</li>
 *   <li>Lander 1985: 100w / (101.3 − 2.67123r)</li>
 * </ul>
 *
 * <p><b>A single (r = 1) returns w for every formula.</b> The formulas are regressions fitted to
 * multi-rep sets; at r = 1 Epley says 1.033w, Mayhew 1.089w, while a completed single is itself the best
 * evidence of what can be lifted once. Brzycki and Lombardi already give w; the others are special-cased
 * so that no formula claims a single predicts a heavier single. (With RPE known the chart handles
 * singles short of failure: 1 @ RPE 8 → w / 0.922.)
 *
 * <p>Arithmetic: exact decimal wherever the formula is rational (Epley, Brzycki, O'Conner, Lander);
 * the power and exponential terms of Lombardi, Mayhew and Wathan use {@link StrictMath} doubles, which
 * are bit-for-bit identical on every JVM, so every service gets the same digits. Results are rounded
 * once, to 2 decimals HALF_UP, in the input's unit.
 */
public enum E1rmFormula {

    EPLEY(Integer.MAX_VALUE) {
        @Override
        BigDecimal raw(BigDecimal w, int r) {
            return w.multiply(BigDecimal.valueOf(30L + r)).divide(BigDecimal.valueOf(30), SCALE, ROUNDING);
        }
    },
    BRZYCKI(36) {
        @Override
        BigDecimal raw(BigDecimal w, int r) {
            return w.multiply(BigDecimal.valueOf(36)).divide(BigDecimal.valueOf(37L - r), SCALE, ROUNDING);
        }
    },
    LOMBARDI(Integer.MAX_VALUE) {
        @Override
        BigDecimal raw(BigDecimal w, int r) {
            return w.multiply(BigDecimal.valueOf(StrictMath.pow(r, 0.10))).setScale(SCALE, ROUNDING);
        }
    },
    MAYHEW(Integer.MAX_VALUE) {
        @Override
        BigDecimal raw(BigDecimal w, int r) {
            BigDecimal denominator = new BigDecimal("52.2")
                    .add(new BigDecimal("41.9").multiply(BigDecimal.valueOf(StrictMath.exp(-0.055 * r))));
            return HUNDRED.multiply(w).divide(denominator, SCALE, ROUNDING);
        }
    },
    OCONNER(Integer.MAX_VALUE) {
        @Override
        BigDecimal raw(BigDecimal w, int r) {
            // 1 + 0.025r == (40 + r) / 40, kept exact.
            return w.multiply(BigDecimal.valueOf(40L + r)).divide(BigDecimal.valueOf(40), SCALE, ROUNDING);
        }
    },
    WATHAN(Integer.MAX_VALUE) {
        @Override
        BigDecimal raw(BigDecimal w, int r) {
            BigDecimal denominator = new BigDecimal("48.8")
                    .add(new BigDecimal("53.8").multiply(BigDecimal.valueOf(StrictMath.exp(-0.075 * r))));
            return HUNDRED.multiply(w).divide(denominator, SCALE, ROUNDING);
        }
    },
    LANDER(37) {
        @Override
        BigDecimal raw(BigDecimal w, int r) {
            BigDecimal denominator = new BigDecimal("101.3")
                    .subtract(new BigDecimal("2.67123").multiply(BigDecimal.valueOf(r)));
            return HUNDRED.multiply(w).divide(denominator, SCALE, ROUNDING);
        }
    };

    /** Scale and rounding of every estimate this module returns. */
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int maxReps;

    E1rmFormula(int maxReps) {
        this.maxReps = maxReps;
    }

    /**
     * Highest rep count the formula is defined for: Brzycki divides by (37 − r), Lander by
     * (101.3 − 2.67123r), both reaching zero or below beyond this; the others have no pole.
     */
    public int maxReps() {
        return maxReps;
    }

    /** The estimate for w × r, in w's unit; a single returns w (see the class comment). */
    public E1rmEstimate estimate(Load load, int reps) {
        Inputs.requireLoad(load);
        Inputs.requireReps(reps);
        if (reps > maxReps) {
            throw new ScienceRuleException(ScienceRule.FORMULA_REP_RANGE,
                    name() + " is defined up to " + maxReps + " reps, got " + reps);
        }
        BigDecimal value = reps == 1 ? load.amount().setScale(SCALE, ROUNDING) : raw(load.amount(), reps);
        return new E1rmEstimate(new Load(value, load.unit()), name());
    }

    abstract BigDecimal raw(BigDecimal w, int r);
}
