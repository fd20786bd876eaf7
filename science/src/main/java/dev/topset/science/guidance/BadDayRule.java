package dev.topset.science.guidance;

import dev.topset.api.training.Load;
import dev.topset.science.Inputs;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.RoundedLoad;
import dev.topset.science.plates.RoundingDirection;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Bad day": a warm-up at or near the planned top-set load already felt like a top set, so the planned
 * top set would end at RPE 10 — reduce it before the hard work rather than after a grinder.
 *
 * <p>Fires when a warm-up's load is at least {@code nearPercent} (default 95 %) of the planned top-set
 * load and its RPE (or 10 − RIR) is at least {@code rpeThreshold} (default 9). The evidence is the
 * heaviest such warm-up. The suggestion is the planned load reduced by {@code reductionPercent}
 * (default 5 %, the middle of RTS's common fatigue percentages 2 / 5 / 7 %, roughly one and a half
 * RPE steps on the chart at 3–8 reps), rounded DOWN to loadable so the suggestion really is lighter.
 *
 * @param nearPercent      warm-up load as percent of the planned top set that counts as "near", default 95
 * @param rpeThreshold     warm-up RPE that counts as "felt like a top set", default 9
 * @param reductionPercent how much to take off the planned top set, default 5
 * @param plates           for rounding the suggested load
 */
public record BadDayRule(BigDecimal nearPercent, BigDecimal rpeThreshold, BigDecimal reductionPercent,
                         PlateCalculator plates) {

    public static final BigDecimal DEFAULT_NEAR_PERCENT = new BigDecimal("95");
    public static final BigDecimal DEFAULT_RPE_THRESHOLD = new BigDecimal("9");
    public static final BigDecimal DEFAULT_REDUCTION_PERCENT = new BigDecimal("5");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BadDayRule {
        Objects.requireNonNull(nearPercent, "nearPercent");
        rpeThreshold = Inputs.requireRpe(Objects.requireNonNull(rpeThreshold, "rpeThreshold"));
        Objects.requireNonNull(reductionPercent, "reductionPercent");
        Objects.requireNonNull(plates, "plates");
        if (nearPercent.signum() <= 0 || nearPercent.compareTo(HUNDRED) > 0) {
            throw new ScienceRuleException(ScienceRule.GUIDANCE_SETTING,
                    "'near the top set' must be above 0 % and at most 100 %, got " + nearPercent.toPlainString());
        }
        if (reductionPercent.signum() <= 0 || reductionPercent.compareTo(HUNDRED) >= 0) {
            throw new ScienceRuleException(ScienceRule.GUIDANCE_SETTING,
                    "the top-set reduction must be above 0 % and below 100 %, got " + reductionPercent.toPlainString());
        }
    }

    /** The defaults (95 %, RPE 9, −5 %) with the given plates. */
    public static BadDayRule standard(PlateCalculator plates) {
        return new BadDayRule(DEFAULT_NEAR_PERCENT, DEFAULT_RPE_THRESHOLD, DEFAULT_REDUCTION_PERCENT, plates);
    }

    public Optional<Guidance> check(Load plannedTopSet, List<PerformedSet> warmups) {
        Inputs.requireLoad(plannedTopSet);
        Objects.requireNonNull(warmups, "warmups");
        if (plannedTopSet.amount().signum() == 0) {
            return Optional.empty();
        }
        return warmups.stream()
                .filter(this::feltLikeATopSet)
                .filter(warmup -> percentOf(warmup.load(), plannedTopSet).compareTo(nearPercent) >= 0)
                .max(Comparator.comparing(warmup -> percentOf(warmup.load(), plannedTopSet)))
                .map(warmup -> suggest(plannedTopSet, warmup));
    }

    private boolean feltLikeATopSet(PerformedSet warmup) {
        return warmup.effectiveRpe().map(rpe -> rpe.compareTo(rpeThreshold) >= 0).orElse(false);
    }

    private Guidance suggest(Load planned, PerformedSet warmup) {
        BigDecimal exact = planned.amount().multiply(HUNDRED.subtract(reductionPercent)).divide(HUNDRED);
        RoundedLoad reduced = plates.round(new Load(exact, planned.unit()), RoundingDirection.DOWN);
        BigDecimal rpe = warmup.effectiveRpe().orElseThrow();
        BigDecimal share = percentOf(warmup.load(), planned).setScale(1, RoundingMode.HALF_UP);
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        numbers.put("warmupLoad", warmup.load().amount());
        numbers.put("warmupRpe", rpe);
        numbers.put("percentOfPlannedTopSet", share);
        numbers.put("plannedTopSet", planned.amount());
        numbers.put("reductionPercent", reductionPercent);
        numbers.put("suggestedTopSet", reduced.load().amount());
        String message = "Bad day: your warm-up at " + warmup.load() + " (" + Numbers.text(share)
                + " % of the planned " + planned + ") felt like RPE " + Numbers.text(rpe)
                + ". Reduce today's top set by " + Numbers.text(reductionPercent) + " % to " + reduced.load() + ".";
        return new Guidance(GuidanceCode.BAD_DAY_REDUCE_TOP_SET, message, numbers, reduced.load());
    }

    /** Warm-up load as a percentage of the planned top set, compared in the planned unit. */
    private static BigDecimal percentOf(Load warmup, Load planned) {
        BigDecimal amount = UnitConverter.convert(warmup, planned.unit()).amount();
        return amount.multiply(HUNDRED).divide(planned.amount(), 6, RoundingMode.HALF_UP);
    }
}
