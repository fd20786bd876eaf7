package dev.topset.api.plan;

/**
 * The ranges a stored plan may take, in one place: command-service's plan rules enforce them (422) and its
 * REST requests validate the same numbers (400), and clients can read them from the contract. They are
 * what real programs need (DESIGN §1, seed 003): strength blocks of 1–6 reps, hypertrophy blocks of 8–12
 * or 10–15 top-set reps with a double progression up to 20, 0 backoff sets for a peaking block and up to
 * 10 for a volume block. The records themselves do not check them: an event recorded under older limits
 * must always load, and a consumer (analytics) reviews with whatever was stored.
 */
public final class PlanLimits {

    /** Top-set reps 1–20; above 12 the RPE chart ends and e1RMs come from Epley (science {@code E1rm}). */
    public static final int MAX_TOP_SET_REPS = 20;
    /** 1–2 top sets: a third one costs the backoffs their quality. */
    public static final int MAX_TOP_SETS = 2;
    /** 0 (a peaking block) to 10 backoff sets. */
    public static final int MAX_BACKOFF_SETS = 10;
    /** Backoff reps 1–20 (a TARGET backoff stays on the RPE chart: 1–12, checked by the plan rules). */
    public static final int MAX_BACKOFF_REPS = 20;
    public static final int MAX_REP_TOLERANCE = 5;
    /** A double progression's rep ceiling, at most 20 (e.g. 10–15 or 12–20). */
    public static final int MAX_REP_CEILING = 20;
    public static final int MIN_WAVE_STEPS = 2;
    public static final int MAX_WAVE_STEPS = 6;
    /** A wave step is a top set: 1–20 reps. */
    public static final int MAX_WAVE_REPS = MAX_TOP_SET_REPS;
    /** Percentage drop of a PERCENT_DROP backoff: above 0, at most 50. */
    public static final String MAX_DROP_PERCENT = "50";
    public static final String MAX_BAR = "100";
    public static final String MAX_PLATE = "100";
    public static final int MAX_PLATE_SIZES = 12;
    /** The largest progression or loading increment. */
    public static final String MAX_INCREMENT = "50";

    private PlanLimits() {
    }
}
