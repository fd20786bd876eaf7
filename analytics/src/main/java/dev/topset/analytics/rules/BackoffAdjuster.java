package dev.topset.analytics.rules;

import dev.topset.analytics.review.Decimals;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.backoff.BackoffPrescription;
import dev.topset.science.backoff.TopSet;
import dev.topset.science.plates.RoundingDirection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A lighter or heavier backoff load for the next session. It starts from what the athlete actually
 * did in the latest session (the real drop below the top set, not the plan's), moves that drop by
 * {@code backoff-load-step-percent}, and lets science's {@link BackoffCalculator} turn it into the
 * nearest loadable weight; if rounding would cancel the change, it moves one plate jump instead, so the
 * suggestion is always a real change on the bar.
 */
final class BackoffAdjuster {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_DROP = BigDecimal.valueOf(49);

    record Adjusted(Load load, BigDecimal dropPercent, BigDecimal currentLoad) {
    }

    private BackoffAdjuster() {
    }

    static Optional<Adjusted> lighter(ReviewContext context) {
        return adjust(context, true);
    }

    static Optional<Adjusted> heavier(ReviewContext context) {
        return adjust(context, false);
    }

    private static Optional<Adjusted> adjust(ReviewContext context, boolean lighter) {
        SessionSummary latest = context.latest();
        BigDecimal top = latest.topLoad();
        BigDecimal current = context.sessions().stream().map(SessionSummary::backoffLoad)
                .filter(load -> load != null).reduce((older, newer) -> newer).orElse(null);
        if (current == null || top.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal observedDrop = top.subtract(current).multiply(HUNDRED).divide(top, 1, RoundingMode.HALF_UP);
        BigDecimal step = context.thresholds().backoffLoadStepPercent();
        BigDecimal drop = (lighter ? observedDrop.add(step) : observedDrop.subtract(step))
                .max(BigDecimal.ZERO).min(MAX_DROP);
        BackoffCalculator calculator = new BackoffCalculator(context.plan().plateCalculator(),
                RoundingDirection.NEAREST);
        try {
            BackoffPrescription prescription = calculator.percentDrop(
                    new TopSet(new Load(top, context.plan().unit()), Math.max(1, latest.topReps()), null, null), drop);
            Load load = prescription.load();
            BigDecimal jump = context.plan().smallestJump();
            if (lighter && load.amount().compareTo(current) >= 0) {
                load = context.rounding().down(current.subtract(jump));
            } else if (!lighter && load.amount().compareTo(current) <= 0) {
                load = context.rounding().up(current.add(jump)).amount().compareTo(top) <= 0
                        ? context.rounding().up(current.add(jump)) : context.rounding().down(top);
            }
            BigDecimal actualDrop = top.subtract(load.amount()).multiply(HUNDRED).divide(top, 1, RoundingMode.HALF_UP);
            return Optional.of(new Adjusted(load, Decimals.plain(actualDrop), current));
        } catch (ScienceRuleException e) {
            // A top set lighter than the bar has no barbell backoff to prescribe.
            return Optional.empty();
        }
    }
}
