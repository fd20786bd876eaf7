package dev.topset.benchmarks.analytics;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import dev.topset.science.rpe.RpeChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generated, realistic training: per athlete and lift one session a week with a top set at RPE 7–9 whose load
 * follows an e1RM that trends up with noise (a lighter week every 8th), then 2–4 backoffs at −10–15 % whose RPE
 * drifts up set by set; now and then a second top set, a missed backoff rep, a grinder at RPE 10, a set logged
 * with RIR instead of RPE or without effort, a technique or pain flag. Every series is derived from
 * (seed, athlete, lift) alone, so it can be generated again, in any order, with the same sets.
 */
public final class TrainingYear {

    public static final List<String> LIFTS = List.of("squat", "bench-press", "deadlift");
    private static final double[] START_1RM_KG_MIN = {100, 60, 120};
    private static final double[] START_1RM_KG_SPAN = {100, 70, 120};
    private static final int[] TOP_REPS = {3, 4, 5, 5, 5, 6};
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 11, 24);
    private static final double LB_PER_KG = 2.20462262;

    private final long seed;
    private final int athletes;
    private final int weeks;

    public TrainingYear(long seed, int athletes, int weeks) {
        this.seed = seed;
        this.athletes = athletes;
        this.weeks = weeks;
    }

    public int athletes() {
        return athletes;
    }

    public int weeks() {
        return weeks;
    }

    public int seriesCount() {
        return athletes * LIFTS.size();
    }

    /** Series number {@code athleteNo × 3 + liftNo}. */
    public Series series(int number) {
        return series(number / LIFTS.size(), number % LIFTS.size());
    }

    public static UUID athleteId(int athleteNo) {
        return new UUID(0x70b5e7a7_0000_4000L, 0x8000_0000_0000_0000L | athleteNo);
    }

    public Series series(int athleteNo, int liftNo) {
        SplittableRandom athlete = new SplittableRandom(mix(seed, athleteNo, -1));
        LoadUnit unit = athlete.nextInt(5) == 0 ? LoadUnit.LB : LoadUnit.KG;
        int dayOffset = athlete.nextInt(7);
        SplittableRandom random = new SplittableRandom(mix(seed, athleteNo, liftNo));
        double perKg = unit == LoadUnit.KG ? 1 : LB_PER_KG;
        double step = unit == LoadUnit.KG ? 2.5 : 5;
        double start1rm = (START_1RM_KG_MIN[liftNo] + random.nextDouble() * START_1RM_KG_SPAN[liftNo]) * perKg;
        double weeklyGain = 0.002 + random.nextDouble() * 0.006;
        int topReps = TOP_REPS[random.nextInt(TOP_REPS.length)];
        int backoffSets = 2 + random.nextInt(3);
        double dropPercent = 10 + random.nextInt(11) * 0.5;
        UUID athleteId = athleteId(athleteNo);
        String lift = LIFTS.get(liftNo);

        List<AnalyticsSet> sets = new ArrayList<>(weeks * (backoffSets + 2));
        for (int week = 0; week < weeks; week++) {
            UUID sessionId = new UUID(0x5e55_1000_0000_4000L | athleteNo, 0x8000_0000_0000_0000L
                    | ((long) week << 8) | liftNo);
            LocalDate date = FIRST_MONDAY.plusDays(dayOffset + week * 7L + liftNo * 2L);
            boolean lighterWeek = week % 8 == 7;
            double e1rm = start1rm * (1 + weeklyGain * week) * (1 + gaussian(random, 0.015));
            double topRpe = lighterWeek ? 7 : clamp(halfStep(8 + gaussian(random, 0.6)), 7, 9);
            boolean grinder = random.nextInt(40) == 0;
            if (grinder) {
                topRpe = random.nextBoolean() ? 9.5 : 10;
            }
            double topLoad = roundTo(e1rm * percent(topReps, topRpe) / 100 * (lighterWeek ? 0.9 : 1), step);
            int position = 1;
            boolean failedTop = random.nextInt(100) == 0;
            sets.add(set(athleteId, sessionId, date, lift, SetKind.TOP, topLoad, unit,
                    failedTop ? topReps - 1 : topReps, failedTop ? 10 : topRpe, random,
                    failedTop ? EnumSet.of(SetFlag.FAILED_REP) : EnumSet.noneOf(SetFlag.class), position++));
            if (random.nextInt(20) == 0) { // a second top set, one rep fewer at the same load
                sets.add(set(athleteId, sessionId, date, lift, SetKind.TOP, topLoad, unit, Math.max(1, topReps - 1),
                        Math.min(10, topRpe + 0.5), random, EnumSet.noneOf(SetFlag.class), position++));
            }
            double backoffLoad = roundTo(topLoad * (1 - dropPercent / 100), step);
            double backoffRpe = clamp(halfStep(topRpe - 1.5 + gaussian(random, 0.5)), 6, 9.5);
            int done = random.nextInt(10) == 0 ? backoffSets - 1 : backoffSets;
            for (int b = 0; b < done; b++) {
                boolean short1 = random.nextInt(20) == 0;
                Set<SetFlag> flags = EnumSet.noneOf(SetFlag.class);
                if (short1 && random.nextBoolean()) {
                    flags.add(SetFlag.FAILED_REP);
                }
                sets.add(set(athleteId, sessionId, date, lift, SetKind.BACKOFF, backoffLoad, unit,
                        short1 ? topReps - 1 : topReps, backoffRpe, random, flags, position++));
                backoffRpe = Math.min(10, backoffRpe + (random.nextInt(3) == 0 ? 0 : 0.5));
            }
        }
        return new Series(athleteNo, liftNo, athleteId, lift, unit, topReps, backoffSets, sets);
    }

    private static AnalyticsSet set(UUID athleteId, UUID sessionId, LocalDate date, String lift, SetKind kind,
                                    double load, LoadUnit unit, int reps, double rpe, SplittableRandom random,
                                    Set<SetFlag> flags, int position) {
        if (random.nextInt(100) == 0) {
            flags.add(SetFlag.TECHNIQUE_BREAKDOWN);
        }
        if (random.nextInt(500) == 0) {
            flags.add(SetFlag.PAIN);
        }
        BigDecimal loggedRpe = BigDecimal.valueOf(rpe);
        Integer rir = null;
        int effort = random.nextInt(50);
        if (effort < 3 && rpe == Math.rint(rpe) && rpe >= 6) { // logged as reps in reserve
            rir = (int) (10 - rpe);
            loggedRpe = null;
        } else if (effort == 3) { // effort not logged
            loggedRpe = null;
        }
        return new AnalyticsSet(athleteId, sessionId, date, lift, kind,
                new Load(BigDecimal.valueOf(load).setScale(2, RoundingMode.HALF_UP), unit),
                Math.max(1, reps), loggedRpe, rir, flags, position);
    }

    private static double percent(int reps, double rpe) {
        return RpeChart.percentOf1rm(reps, BigDecimal.valueOf(rpe)).doubleValue();
    }

    private static double gaussian(SplittableRandom random, double sd) {
        // Box–Muller from the series' own generator, so every series stays independent of the others.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double halfStep(double value) {
        return Math.round(value * 2) / 2.0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double roundTo(double value, double step) {
        return Math.round(value / step) * step;
    }

    private static long mix(long seed, int athleteNo, int liftNo) {
        long h = seed ^ (athleteNo * 0x9E3779B97F4A7C15L) ^ ((liftNo + 2L) * 0xC2B2AE3D27D4EB4FL);
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }
}
