package dev.topset.science.guidance;

import dev.topset.science.Inputs;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When to stop doing backoff sets: more sets past this point add fatigue faster than useful work.
 *
 * <ul>
 *   <li>{@link GuidanceCode#STOP_BACKOFFS_RPE_CAP}: the set's RPE (or 10 − RIR) is strictly above the
 *       cap. Reaching the cap is fine; exceeding it means the backoffs have become top sets.</li>
 *   <li>{@link GuidanceCode#STOP_BACKOFFS_REPS_SHORT}: target reps − completed reps is strictly more
 *       than the tolerance (default 2: 8 target, 6 done is still fine, 5 done stops).</li>
 * </ul>
 * Both can fire for one set; an empty list means "carry on".
 *
 * @param rpeCap       plan's cap, default 9
 * @param repTolerance reps a backoff may fall short of its target, default 2
 */
public record BackoffStopRule(BigDecimal rpeCap, int repTolerance) {

    public static final BackoffStopRule DEFAULT = new BackoffStopRule(new BigDecimal("9"), 2);

    public BackoffStopRule {
        rpeCap = Inputs.requireRpe(Objects.requireNonNull(rpeCap, "rpeCap"));
        if (repTolerance < 0) {
            throw new ScienceRuleException(ScienceRule.GUIDANCE_SETTING,
                    "the rep tolerance must not be negative, got " + repTolerance);
        }
    }

    public List<Guidance> check(int targetReps, PerformedSet backoff) {
        Inputs.requireReps(targetReps);
        Objects.requireNonNull(backoff, "backoff");
        List<Guidance> stops = new ArrayList<>();
        Optional<BigDecimal> rpe = backoff.effectiveRpe();
        if (rpe.isPresent() && rpe.get().compareTo(rpeCap) > 0) {
            Map<String, BigDecimal> numbers = new LinkedHashMap<>();
            numbers.put("rpe", rpe.get());
            numbers.put("rpeCap", rpeCap);
            stops.add(new Guidance(GuidanceCode.STOP_BACKOFFS_RPE_CAP,
                    "Stop backoffs: that set was RPE " + Numbers.text(rpe.get()) + ", above your cap of RPE "
                            + Numbers.text(rpeCap) + ".",
                    numbers, null));
        }
        int shortfall = targetReps - backoff.reps();
        if (shortfall > repTolerance) {
            Map<String, BigDecimal> numbers = new LinkedHashMap<>();
            numbers.put("targetReps", BigDecimal.valueOf(targetReps));
            numbers.put("reps", BigDecimal.valueOf(backoff.reps()));
            numbers.put("shortfall", BigDecimal.valueOf(shortfall));
            numbers.put("repTolerance", BigDecimal.valueOf(repTolerance));
            stops.add(new Guidance(GuidanceCode.STOP_BACKOFFS_REPS_SHORT,
                    "Stop backoffs: " + backoff.reps() + " of " + targetReps + " target reps is " + shortfall
                            + " short, more than the " + repTolerance + " allowed.",
                    numbers, null));
        }
        return List.copyOf(stops);
    }
}
