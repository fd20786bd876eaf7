package dev.topset.science.coaching;

import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.science.backoff.TopSet;
import dev.topset.science.guidance.PerformedSet;
import java.math.BigDecimal;
import java.util.UUID;

/** A set as the coaching rules see it: what was on the bar, how many reps, how hard. */
public record CoachedSet(UUID setId, SetKind kind, Load load, int reps, BigDecimal rpe, Integer rir) {

    PerformedSet performed() {
        return new PerformedSet(load, reps, rpe, rir);
    }

    TopSet asTopSet() {
        return new TopSet(load, reps, rpe, rir);
    }
}
