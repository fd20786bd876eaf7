package dev.topset.science;

/**
 * The named rules the science module enforces on its inputs. Services map a violated rule to a
 * 422 problem response by {@link #name()}, so the names are part of the contract: rename with care.
 */
public enum ScienceRule {
    /** Loads are weights on a bar: never negative. */
    LOAD_NOT_NEGATIVE,
    /** An estimate needs at least one completed rep. */
    REPS_AT_LEAST_ONE,
    /** RPE is logged on the 1–10 scale in half steps. */
    RPE_SCALE,
    /** Reps in reserve cannot be negative. */
    RIR_NOT_NEGATIVE,
    /** The published RPE chart covers 1–12 reps at RPE 6.5–10; nothing outside it is guessed. */
    RPE_CHART_RANGE,
    /** The published RPE ↔ RIR table covers RPE 6–10 / RIR 0–4 in half steps. */
    RPE_RIR_TABLE_RANGE,
    /** Some e1RM formulas divide by a term that reaches zero at high reps. */
    FORMULA_REP_RANGE,
    /** A plate set must be physically usable: positive plates, a grid every plate fits on. */
    PLATE_SET,
    /** A backoff drop is a percentage from 0 (inclusive) to 100 (exclusive). */
    DROP_PERCENT_RANGE,
    /** A top set lighter than the empty bar cannot be the basis of a barbell backoff. */
    TOP_SET_BELOW_BAR,
    /** Guidance thresholds (caps, tolerances, reductions) must be sensible. */
    GUIDANCE_SETTING
}
