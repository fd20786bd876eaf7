package dev.topset.analytics.rules;

import dev.topset.api.training.Load;
import java.math.BigDecimal;

/**
 * The concrete next-session numbers behind a recommendation; only the fields the recommendation changes
 * or prescribes are set. Loads are loadable (rounded with the plan's plates) and in the plan's unit.
 *
 * @param topSetLoad         top set for next session
 * @param topSetReps         reps for that top set
 * @param backoffSets        number of backoff sets
 * @param backoffLoad        backoff load
 * @param backoffDropPercent how far below the top set {@code backoffLoad} is
 */
public record Suggestion(Load topSetLoad, Integer topSetReps, Integer backoffSets, Load backoffLoad,
                         BigDecimal backoffDropPercent) {

    public static Suggestion none() {
        return new Suggestion(null, null, null, null, null);
    }

    public static Suggestion topSet(Load load, int reps) {
        return new Suggestion(load, reps, null, null, null);
    }

    public static Suggestion backoffSets(int sets) {
        return new Suggestion(null, null, sets, null, null);
    }

    public static Suggestion backoffLoad(Load load, BigDecimal dropPercent) {
        return new Suggestion(null, null, null, load, dropPercent);
    }

    public Suggestion withBackoffSets(int sets) {
        return new Suggestion(topSetLoad, topSetReps, sets, backoffLoad, backoffDropPercent);
    }
}
