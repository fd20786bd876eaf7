package dev.topset.query.trend;

import dev.topset.api.training.Load;
import java.math.BigDecimal;

/**
 * How one lift went in one session: the best top set and what the backoffs added. All loads are in the
 * unit the best top set was logged in.
 *
 * @param e1rm              estimated one-rep max of the best top set; null when the science module cannot
 *                          estimate it (e.g. reps outside its tables)
 * @param backoffVolumeLoad Σ load × reps of the backoff sets
 * @param maxBackoffRpe     highest RPE among backoffs that recorded one
 * @param backoffRpeDrift   RPE of the last backoff that recorded one minus the first; null with fewer than two
 */
public record LiftSessionTrend(Load topSetLoad, int topSetReps, BigDecimal topSetRpe, Integer topSetRir,
                               int topSetCount, Load e1rm, String e1rmMethod, int backoffSets, int backoffReps,
                               BigDecimal backoffVolumeLoad, BigDecimal maxBackoffRpe, BigDecimal backoffRpeDrift) {
}
