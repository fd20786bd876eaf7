package dev.topset.analytics.coach;

import dev.topset.analytics.plan.ProgramSource;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.RepBand;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The program an athlete without a plan runs on a lift, read from their recent sessions: the usual top-set reps
 * (the most frequent within the rep band of the latest session; a tie goes to the most recent, so a lifter who
 * alternates singles and fives is read by what they did last), the range of top-set reps seen, the fewest backoff
 * reps done (an inferred program does not call the lifter's own backoffs "missed"), the usual backoff sets per
 * session and the usual drop from the top set to the backoffs. Feeds
 * {@link dev.topset.analytics.plan.FittedDefaultPlan#fittedTo}.
 */
record TrainingHabits(Integer topReps, Integer repsLow, Integer repsHigh, Integer backoffReps, Integer backoffSets,
                      BigDecimal dropPercent, int sessions, Optional<LoadUnit> latestUnit) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    static TrainingHabits of(List<AnalyticsSet> sets) {
        Map<UUID, List<AnalyticsSet>> bySession = new LinkedHashMap<>();
        sets.forEach(set -> bySession.computeIfAbsent(set.sessionId(), id -> new ArrayList<>()).add(set));
        List<Integer> topReps = new ArrayList<>();
        List<Integer> backoffReps = new ArrayList<>();
        List<Integer> backoffSets = new ArrayList<>();
        List<BigDecimal> drops = new ArrayList<>();
        LoadUnit latestUnit = null;
        int sessions = 0;
        for (List<AnalyticsSet> session : bySession.values()) {
            List<AnalyticsSet> tops = session.stream().filter(set -> set.kind() == SetKind.TOP).toList();
            List<AnalyticsSet> backoffs = session.stream().filter(set -> set.kind() == SetKind.BACKOFF).toList();
            if (tops.isEmpty()) {
                continue;
            }
            sessions++;
            tops.forEach(top -> topReps.add(top.reps()));
            backoffs.forEach(backoff -> backoffReps.add(backoff.reps()));
            if (!backoffs.isEmpty()) {
                backoffSets.add(backoffs.size());
            }
            AnalyticsSet heaviest = tops.stream().max((a, b) -> a.load().amount().compareTo(b.load().amount()))
                    .orElseThrow();
            latestUnit = heaviest.load().unit();
            dropOf(heaviest, backoffs).ifPresent(drops::add);
        }
        Integer usual = null;
        if (!topReps.isEmpty()) {
            RepBand latestBand = RepBand.of(topReps.get(topReps.size() - 1));
            usual = mostFrequentLatestFirst(topReps.stream().filter(reps -> RepBand.of(reps) == latestBand).toList());
        }
        BigDecimal drop = drops.isEmpty() ? null : drops.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(drops.size()), 4, RoundingMode.HALF_UP)
                .divide(HALF, 0, RoundingMode.HALF_UP).multiply(HALF);
        return new TrainingHabits(usual, topReps.stream().min(Integer::compare).orElse(null),
                topReps.stream().max(Integer::compare).orElse(null), backoffReps.stream().min(Integer::compare).orElse(null),
                mostFrequentLatestFirst(backoffSets), drop, sessions, Optional.ofNullable(latestUnit));
    }

    /** The program as evidence shows it. */
    ProgramSource source() {
        String reps = repsLow == null ? "no top sets"
                : "top set " + (repsLow.equals(repsHigh) ? repsLow + " reps" : repsLow + "-" + repsHigh + " reps (usually "
                + topReps + ")");
        String backoffs = backoffSets == null ? ", no backoffs"
                : ", " + backoffSets + " backoff" + (backoffSets == 1 ? "" : "s") + " x " + backoffReps
                + (dropPercent == null ? "" : " at -" + dropPercent.stripTrailingZeros().toPlainString() + " %");
        return ProgramSource.inferred(sessions, reps + backoffs, repsLow, repsHigh);
    }

    /** (top − mean backoff) / top in percent, when the session's backoffs share the top set's unit. */
    private static Optional<BigDecimal> dropOf(AnalyticsSet top, List<AnalyticsSet> backoffs) {
        List<AnalyticsSet> sameUnit = backoffs.stream()
                .filter(backoff -> backoff.load().unit() == top.load().unit()).toList();
        if (sameUnit.isEmpty() || top.load().amount().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal mean = sameUnit.stream().map(set -> set.load().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(sameUnit.size()), 4, RoundingMode.HALF_UP);
        BigDecimal drop = top.load().amount().subtract(mean).multiply(HUNDRED)
                .divide(top.load().amount(), 4, RoundingMode.HALF_UP);
        return drop.signum() > 0 ? Optional.of(drop) : Optional.empty();
    }

    /** The most frequent value; among equally frequent ones the one seen last. */
    private static Integer mostFrequentLatestFirst(List<Integer> values) {
        Map<Integer, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        Integer best = null;
        long bestCount = 0;
        for (int i = values.size() - 1; i >= 0; i--) {
            long count = counts.get(values.get(i));
            if (count > bestCount) {
                best = values.get(i);
                bestCount = count;
            }
        }
        return best;
    }
}
