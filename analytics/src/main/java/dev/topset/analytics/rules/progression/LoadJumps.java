package dev.topset.analytics.rules.progression;

import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;
import java.util.Optional;

/** Where in the window the top-set load went up, and what that cost in RPE. */
public final class LoadJumps {

    private LoadJumps() {
    }

    /**
     * A load increase between two consecutive sessions.
     *
     * @param rpeCost RPE after − RPE before; null when either was not logged
     */
    public record Jump(SessionSummary before, SessionSummary after, BigDecimal rpeCost) {
    }

    /** The most recent increase of the top-set load within the window. */
    public static Optional<Jump> last(LiftWindow window) {
        for (int i = window.sessions().size() - 1; i >= 1; i--) {
            SessionSummary before = window.sessions().get(i - 1);
            SessionSummary after = window.sessions().get(i);
            if (after.topLoad().compareTo(before.topLoad()) > 0) {
                BigDecimal cost = before.topRpe() == null || after.topRpe() == null ? null
                        : after.topRpe().subtract(before.topRpe());
                return Optional.of(new Jump(before, after, cost));
            }
        }
        return Optional.empty();
    }
}
