package dev.topset.analytics.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.plan.FittedDefaultPlan;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass window ({@link SessionWindow}) against the Tablesaw group-by window it replaced
 * ({@link GroupBySessionWindow}): every summary, trend and comparable load equal, on seeded random histories with
 * what the hand-written tests pick one case each of — two athletes and three lifts mixed, warm-ups and drop sets,
 * sessions sharing a date or without a top set, kg and lb, RPE or RIR or neither (and off-scale values), reps of 0,
 * repeated loads, flags, several top sets in a session, sets listed out of position order, windows shorter and
 * longer than the history.
 */
class SessionWindowOracleTest {

    private static final List<String> LIFTS = List.of("squat", "paused-squat", "bench-press");
    private static final List<Integer> WINDOWS = List.of(3, 4, 6, Integer.MAX_VALUE);

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givesTheWindowsTheGroupByImplementationGave(long seed) {
        Random random = new Random(seed);
        UUID athlete = UUID.randomUUID();
        List<AnalyticsSet> sets = history(random, athlete);
        for (String lift : List.of("squat", "bench-press")) {
            for (LoadUnit unit : LoadUnit.values()) {
                PlannedLift plan = FittedDefaultPlan.of(lift, unit);
                for (int window : WINDOWS) {
                    LiftWindow expected = GroupBySessionWindow.of(athlete, plan).lastSessions(window).build(sets);
                    LiftWindow actual = SessionWindow.of(athlete, plan).lastSessions(window).build(sets);
                    assertThat(actual).as("seed %d, %s in %s, window %d", seed, lift, unit, window)
                            .isEqualTo(expected);
                }
            }
        }
    }

    private static List<AnalyticsSet> history(Random random, UUID athlete) {
        UUID other = UUID.randomUUID();
        List<AnalyticsSet> sets = new ArrayList<>();
        LocalDate date = LocalDate.of(2025, 1, 6);
        int sessions = 1 + random.nextInt(24);
        for (int s = 0; s < sessions; s++) {
            // Every fourth session on the same date as the one before: the caller's order decides.
            date = random.nextInt(4) == 0 ? date : date.plusDays(1 + random.nextInt(9));
            UUID session = UUID.randomUUID();
            UUID owner = random.nextInt(10) == 0 ? other : athlete;
            // Positions are unique in a session (the order of logging); a corrected history may list them out of order.
            List<Integer> positions = new ArrayList<>(IntStream.rangeClosed(1, random.nextInt(9)).boxed().toList());
            if (random.nextInt(5) == 0) {
                Collections.shuffle(positions, random);
            }
            for (int position : positions) {
                String lift = LIFTS.get(random.nextInt(8) < 6 ? random.nextInt(2) * 2 : 1);
                sets.add(new AnalyticsSet(owner, session, date, lift, kind(random), load(random), reps(random),
                        rpe(random), rir(random), flags(random), position));
            }
        }
        return sets;
    }

    private static SetKind kind(Random random) {
        int roll = random.nextInt(10);
        return roll < 4 ? SetKind.TOP : roll < 8 ? SetKind.BACKOFF : roll == 8 ? SetKind.WARMUP : SetKind.DROP;
    }

    /** Few distinct loads, so (load, reps) repeats across sessions; a fifth in lb. */
    private static Load load(Random random) {
        if (random.nextInt(5) == 0) {
            return Load.lb(String.valueOf(185 + 5 * random.nextInt(6)));
        }
        return Load.kg(new BigDecimal("80").add(new BigDecimal("2.5").multiply(BigDecimal.valueOf(random.nextInt(6))))
                .toPlainString());
    }

    private static int reps(Random random) {
        return random.nextInt(10) == 0 ? 0 : 3 + random.nextInt(4);
    }

    private static BigDecimal rpe(Random random) {
        int roll = random.nextInt(10);
        if (roll < 3) {
            return null;
        }
        return roll == 3 ? new BigDecimal("4.5") : BigDecimal.valueOf(6 + random.nextInt(9) * 0.5);
    }

    private static Integer rir(Random random) {
        int roll = random.nextInt(6);
        return roll == 0 ? Integer.valueOf(random.nextInt(7)) : null;
    }

    private static Set<SetFlag> flags(Random random) {
        EnumSet<SetFlag> flags = EnumSet.noneOf(SetFlag.class);
        for (SetFlag flag : List.of(SetFlag.TECHNIQUE_BREAKDOWN, SetFlag.PAIN, SetFlag.FAILED_REP, SetFlag.BELT)) {
            if (random.nextInt(8) == 0) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
