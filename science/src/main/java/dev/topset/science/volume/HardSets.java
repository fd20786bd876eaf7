package dev.topset.science.volume;

import dev.topset.api.training.SetKind;
import dev.topset.science.Inputs;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts hard sets, the unit of weekly volume (DESIGN §1; Schoenfeld &amp; Grgic 2017 put the productive
 * range around 10–20 hard sets per muscle per week).
 *
 * <p>A set is hard when it is not a warm-up and was logged at RPE ≥ 7 or RIR ≤ 3 (either one
 * suffices). A set with neither RPE nor RIR is <em>not</em> counted: volume landmarks are about effort,
 * and counting unknown effort as hard would inflate the number a coach reads.
 */
public final class HardSets {

    public static final BigDecimal MIN_HARD_RPE = new BigDecimal("7");
    public static final int MAX_HARD_RIR = 3;

    private HardSets() {
    }

    public static boolean isHard(SetKind kind, BigDecimal rpe, Integer rir) {
        Objects.requireNonNull(kind, "kind");
        if (kind == SetKind.WARMUP) {
            return false;
        }
        boolean hardByRpe = rpe != null && Inputs.requireRpe(rpe).compareTo(MIN_HARD_RPE) >= 0;
        boolean hardByRir = rir != null && Inputs.requireRir(rir) <= MAX_HARD_RIR;
        return hardByRpe || hardByRir;
    }

    public static boolean isHard(LoggedSet set) {
        return isHard(set.kind(), set.rpe(), set.rir());
    }

    /** The Monday starting the ISO week of {@code date}. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Hard sets per ISO week (Monday–Sunday) and lift, ordered by week then lift. A lift that was
     * trained in a week without any hard set appears with 0, so "trained but never hard" is visible;
     * weeks without any set of a lift are absent.
     */
    public static List<WeeklyHardSets> weeklyByLift(Collection<LoggedSet> sets) {
        Objects.requireNonNull(sets, "sets");
        Map<LocalDate, Map<String, Integer>> counts = new TreeMap<>();
        for (LoggedSet set : sets) {
            counts.computeIfAbsent(weekStart(set.date()), week -> new TreeMap<>())
                    .merge(set.lift(), isHard(set) ? 1 : 0, Integer::sum);
        }
        List<WeeklyHardSets> result = new ArrayList<>();
        counts.forEach((week, byLift) ->
                byLift.forEach((lift, hard) -> result.add(new WeeklyHardSets(week, lift, hard))));
        return List.copyOf(result);
    }
}
