package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Gives the sets of one imported workout their kind (the rules README's import section documents):
 * <ul>
 *   <li>sets the app marked as warm-up stay warm-ups, marked drop sets stay drop sets;</li>
 *   <li>per tracked lift, the heaviest remaining set is the top set (the first of equally heavy ones), the
 *       sets before it are ramp-up warm-ups, the sets after it are backoffs;</li>
 *   <li>exercises that map to no tracked lift are accessory sets.</li>
 * </ul>
 * Rows keep their file order, so a backoff is always logged after its top set.
 */
@Component
class SetClassifier {

    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private final LiftMapping lifts;

    SetClassifier(LiftMapping lifts) {
        this.lifts = lifts;
    }

    List<ClassifiedSet> classify(List<WorkoutRow> workout) {
        Map<String, List<WorkoutRow>> workingSetsByLift = new LinkedHashMap<>();
        for (WorkoutRow row : workout) {
            Optional<String> lift = lifts.liftOf(row.exercise());
            if (lift.isPresent() && isWorkingSet(row)) {
                workingSetsByLift.computeIfAbsent(lift.get(), key -> new ArrayList<>()).add(row);
            }
        }
        Map<WorkoutRow, WorkoutRow> topSetOf = new LinkedHashMap<>();
        workingSetsByLift.values().forEach(rows -> {
            WorkoutRow top = rows.stream().max(Comparator.comparing(SetClassifier::kilograms)
                    .thenComparing(row -> -row.line())).orElseThrow();
            rows.forEach(row -> topSetOf.put(row, top));
        });
        List<ClassifiedSet> classified = new ArrayList<>(workout.size());
        for (WorkoutRow row : workout) {
            Optional<String> lift = lifts.liftOf(row.exercise());
            String name = lift.orElseGet(() -> LiftMapping.exerciseKey(row.exercise()));
            classified.add(new ClassifiedSet(row, kind(row, lift.isPresent(), topSetOf.get(row)), name));
        }
        return classified;
    }

    private static SetKind kind(WorkoutRow row, boolean trackedLift, WorkoutRow top) {
        if (row.marker() == SetMarker.WARMUP) {
            return SetKind.WARMUP;
        }
        if (row.marker() == SetMarker.DROP) {
            return SetKind.DROP;
        }
        if (!trackedLift) {
            return SetKind.ACCESSORY;
        }
        if (row == top) {
            return SetKind.TOP;
        }
        return row.line() < top.line() ? SetKind.WARMUP : SetKind.BACKOFF;
    }

    private static boolean isWorkingSet(WorkoutRow row) {
        return row.marker() == SetMarker.NORMAL || row.marker() == SetMarker.FAILURE;
    }

    private static BigDecimal kilograms(WorkoutRow row) {
        return row.unit() == LoadUnit.KG ? row.weight() : row.weight().multiply(KG_PER_LB);
    }
}
