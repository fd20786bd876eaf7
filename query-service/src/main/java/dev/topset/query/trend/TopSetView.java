package dev.topset.query.trend;

import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;

/** The best top set of a session as reported. */
public record TopSetView(BigDecimal load, LoadUnit unit, int reps, BigDecimal rpe, Integer rir) {
}
