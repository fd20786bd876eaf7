package dev.topset.query.trend;

import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;

/**
 * A valid (not voided) set of one lift in one session, as the trend computation needs it.
 *
 * @param performedOrder the set's place in the order the sets were performed (device time, then order of logging)
 */
public record TrendSet(int performedOrder, SetKind kind, Load load, int reps, BigDecimal rpe, Integer rir) {
}
