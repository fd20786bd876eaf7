package dev.topset.analytics.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers across the sessions of a window. Slopes are ordinary least squares; null when fewer than two
 * sessions have the value.
 *
 * <p><b>Why per session and per week.</b> The rules use the slope <em>per session</em>
 * ({@code e1rmSlopePerSession}, and as a percentage of the window's mean e1RM so one threshold fits a
 * 60 kg press and a 250 kg deadlift): the window is "the last N sessions", and a per-session slope does
 * not jump when an athlete trains a lift twice one week and skips the next. The slope per week (x = days
 * since the first session / 7) is reported for analysts; it is null when all sessions share one date.
 *
 * @param backoffRpeMean          mean RPE of every rated backoff set in the window (set-weighted)
 * @param backoffRpeSlopePerSession slope of the per-session mean backoff RPE
 * @param backoffRpeChange        newest − oldest session's mean backoff RPE
 * @param backoffRpeDriftMean     mean of the per-session drifts (last − first backoff)
 */
public record WindowTrends(BigDecimal e1rmSlopePerSession, BigDecimal e1rmSlopePercentPerSession,
                           BigDecimal e1rmSlopePerWeek, BigDecimal backoffRpeMean,
                           BigDecimal backoffRpeSlopePerSession, BigDecimal backoffRpeChange,
                           BigDecimal backoffRpeDriftMean, List<ComparableLoad> comparableLoads) {

    public WindowTrends {
        comparableLoads = List.copyOf(comparableLoads);
    }
}
