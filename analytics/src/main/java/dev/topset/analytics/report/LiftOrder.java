package dev.topset.analytics.report;

import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;
import dev.topset.science.exercise.Exercise;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The order a report shows lifts in, the order a program lists them: main lifts first (barbell squats, hinges,
 * presses, rows and pulls, Olympic lifts: {@link Exercise#isMainLift()}) by movement family in the catalogue's
 * order (squat, hinge, horizontal and vertical press, horizontal and vertical pull, Olympic), then every other
 * lift; within each, the lift trained with more volume load (in kg, so lifts logged in other units compare) first,
 * then by key. The order is the same in every report of an athlete whose training does not change.
 */
final class LiftOrder {

    private LiftOrder() {
    }

    static List<LiftHistory> sorted(List<LiftHistory> lifts) {
        return lifts.stream().map(lift -> new Ranked(lift, LiftTitles.exercise(lift.lift()), volumeKg(lift)))
                .sorted(Comparator.comparing((Ranked ranked) -> !isMain(ranked.exercise()))
                        .thenComparing(ranked -> isMain(ranked.exercise()) ? ranked.exercise().family().ordinal() : 0)
                        .thenComparing(Ranked::volumeKg, Comparator.reverseOrder())
                        .thenComparing(ranked -> ranked.lift().lift()))
                .map(Ranked::lift).toList();
    }

    private static boolean isMain(Exercise exercise) {
        return exercise != null && exercise.isMainLift();
    }

    private static BigDecimal volumeKg(LiftHistory lift) {
        BigDecimal volume = lift.sessions().stream().map(SessionSummary::volumeLoad)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return UnitConverter.toKg(new Load(volume, lift.unit())).amount();
    }

    private record Ranked(LiftHistory lift, Exercise exercise, BigDecimal volumeKg) {
    }
}
