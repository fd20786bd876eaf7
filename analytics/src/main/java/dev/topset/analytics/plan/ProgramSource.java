package dev.topset.analytics.plan;

/**
 * Where the program a lift is reviewed against comes from: the athlete's stored plan, or inferred from their recent
 * sessions (no plan stored). An inferred program is only a reading of what the lifter does: advice built on it never
 * prescribes a rep count the lifter does not train (see {@code docs/advice.md}).
 *
 * @param sessions    how many sessions the program was inferred from (0 for a stored plan)
 * @param description the inferred program in words, e.g. "top set 1-3 reps (usually 2), 3 backoffs x 5 at -15 %"
 * @param repsLow     the fewest top-set reps seen (stored plan: null)
 * @param repsHigh    the most top-set reps seen (stored plan: null)
 */
public record ProgramSource(boolean inferred, int sessions, String description, Integer repsLow, Integer repsHigh) {

    public static ProgramSource stored() {
        return new ProgramSource(false, 0, "stored plan", null, null);
    }

    public static ProgramSource inferred(int sessions, String description, Integer repsLow, Integer repsHigh) {
        return new ProgramSource(true, sessions, description, repsLow, repsHigh);
    }

    /** What evidence says about the yardstick: "stored plan" or "inferred from 4 sessions: ...". */
    public String evidence() {
        return inferred ? "inferred from " + sessions + " session" + (sessions == 1 ? "" : "s") + ": " + description
                : description;
    }
}
