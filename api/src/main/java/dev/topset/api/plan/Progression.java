package dev.topset.api.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the plan progresses.
 *
 * @param increment  load added when the plan progresses (every method eventually adds load); a multiple of
 *                   the loading increment so that progressed loads can be put on the bar
 * @param waveReps   the rep sequence, WAVE only (order matters: 5/4/3)
 * @param repCeiling reps to reach before adding load, DOUBLE_PROGRESSION only
 */
public record Progression(ProgressionMethod method, BigDecimal increment, List<Integer> waveReps, Integer repCeiling) {

    public Progression {
        increment = PlanValues.plain(increment);
        waveReps = waveReps == null ? List.of() : List.copyOf(waveReps);
    }

    public static Progression linear(BigDecimal increment) {
        return new Progression(ProgressionMethod.LINEAR, increment, List.of(), null);
    }
}
