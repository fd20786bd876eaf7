package dev.topset.analytics.coach;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an athlete without a plan usually does on a lift: the most frequent top-set reps, backoff reps
 * and backoff sets per session (a tie goes to the higher number, so a session cut short does not lower
 * the target). Feeds {@link dev.topset.analytics.plan.FittedDefaultPlan#fittedTo}.
 */
record TrainingHabits(Integer topReps, Integer backoffReps, Integer backoffSets, Optional<LoadUnit> latestUnit) {

    static TrainingHabits of(List<AnalyticsSet> sets) {
        List<AnalyticsSet> tops = sets.stream().filter(set -> set.kind() == SetKind.TOP).toList();
        List<AnalyticsSet> backoffs = sets.stream().filter(set -> set.kind() == SetKind.BACKOFF).toList();
        Integer backoffSets = mode(backoffs.stream()
                .collect(Collectors.groupingBy(AnalyticsSet::sessionId, Collectors.counting()))
                .values().stream().map(Long::intValue).toList());
        Optional<LoadUnit> latestUnit = tops.isEmpty() ? Optional.empty()
                : Optional.of(tops.get(tops.size() - 1).load().unit());
        return new TrainingHabits(mode(tops.stream().map(AnalyticsSet::reps).toList()),
                mode(backoffs.stream().map(AnalyticsSet::reps).toList()), backoffSets, latestUnit);
    }

    private static Integer mode(List<Integer> values) {
        Map<Integer, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }
}
