package dev.topset.analytics.plan;

import java.util.List;
import java.util.Objects;

/**
 * The progression method with its parameters: {@code waveReps} only for {@link ProgressionMethod#WAVE}
 * (e.g. [5, 4, 3]), {@code repCeiling} only for {@link ProgressionMethod#DOUBLE_PROGRESSION}. The load
 * increment is the plan's, shared by every method.
 */
public record Progression(ProgressionMethod method, List<Integer> waveReps, Integer repCeiling) {

    public Progression {
        Objects.requireNonNull(method, "method");
        waveReps = waveReps == null ? List.of() : List.copyOf(waveReps);
        if (method == ProgressionMethod.WAVE) {
            PlanChecks.require(waveReps.size() >= 2, "a wave needs at least 2 rep steps, got " + waveReps);
            PlanChecks.require(waveReps.stream().allMatch(reps -> reps >= 1 && reps <= 12),
                    "wave reps must be 1-12, got " + waveReps);
            PlanChecks.require(waveReps.stream().distinct().count() == waveReps.size(),
                    // Steps are recognised by their reps, so two equal steps would be indistinguishable.
                    "wave steps must have different reps, got " + waveReps);
        } else {
            PlanChecks.require(waveReps.isEmpty(), "only a WAVE progression has wave reps");
        }
        if (method == ProgressionMethod.DOUBLE_PROGRESSION) {
            PlanChecks.require(repCeiling != null && repCeiling >= 2 && repCeiling <= 12,
                    "double progression needs a rep ceiling of 2-12, got " + repCeiling);
        } else {
            PlanChecks.require(repCeiling == null, "only DOUBLE_PROGRESSION has a rep ceiling");
        }
    }

    public static Progression linear() {
        return new Progression(ProgressionMethod.LINEAR, List.of(), null);
    }

    public static Progression rpeBased() {
        return new Progression(ProgressionMethod.RPE_BASED, List.of(), null);
    }

    public static Progression wave(Integer... reps) {
        return new Progression(ProgressionMethod.WAVE, List.of(reps), null);
    }

    public static Progression doubleProgression(int repCeiling) {
        return new Progression(ProgressionMethod.DOUBLE_PROGRESSION, List.of(), repCeiling);
    }
}
