package dev.topset.science.guidance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A top set at RPE 10 / RIR 0 is a mistake in this method: it turns the heavy set of the day into a max
 * test, costs the backoffs their quality and makes next week's load choice guesswork. The set still
 * counts; the athlete is told why it should not happen again.
 */
public final class TopSetEffortRule {

    private static final BigDecimal FAILURE = BigDecimal.TEN;

    private TopSetEffortRule() {
    }

    public static Optional<Guidance> check(PerformedSet topSet) {
        Objects.requireNonNull(topSet, "topSet");
        boolean toFailure = topSet.effectiveRpe().map(rpe -> rpe.compareTo(FAILURE) == 0).orElse(false);
        if (!toFailure) {
            return Optional.empty();
        }
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        numbers.put("load", topSet.load().amount());
        numbers.put("reps", BigDecimal.valueOf(topSet.reps()));
        numbers.put("rpe", FAILURE);
        String message = "Your top set of " + topSet.reps() + " x " + topSet.load()
                + " went to failure (RPE 10 / RIR 0): it turned into a max test. "
                + "Leave 1-3 reps in reserve (RPE 7-9) on top sets.";
        return Optional.of(new Guidance(GuidanceCode.TOP_SET_MAX_TEST, message, numbers, null));
    }
}
