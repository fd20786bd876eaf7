package dev.topset.query.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One session in a lift's trend. {@code e1rm} and {@code backoffVolumeLoad} are in {@code topSet.unit}.
 *
 * @param backoffRpeDrift RPE of the last backoff minus the first (both with an RPE); positive = the backoffs
 *                        got harder, the signal for too much backoff volume or load
 */
public record SessionTrendEntry(UUID sessionId, LocalDate date, TopSetView topSet, int topSetCount, BigDecimal e1rm,
                                String e1rmMethod, int backoffSets, int backoffReps, BigDecimal backoffVolumeLoad,
                                BigDecimal maxBackoffRpe, BigDecimal backoffRpeDrift) {
}
