package dev.topset.analytics.review;

import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The sessions of one athlete × lift that a report or chart shows, oldest first: the athlete's full
 * history (or a date range of it), not only the review window. {@code rpeMin}/{@code rpeMax} is the plan's
 * top-set target, drawn on the RPE chart.
 */
public record LiftHistory(UUID athleteId, String lift, LoadUnit unit, BigDecimal rpeMin, BigDecimal rpeMax,
                          List<SessionSummary> sessions) {

    public LiftHistory {
        sessions = List.copyOf(sessions);
    }
}
