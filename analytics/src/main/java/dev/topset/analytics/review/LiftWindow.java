package dev.topset.analytics.review;

import dev.topset.api.training.LoadUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The last {@code requestedSessions} sessions of one athlete × lift that have a top set, oldest first,
 * with the numbers across them. It may hold fewer sessions than requested (short history).
 */
public record LiftWindow(UUID athleteId, String lift, LoadUnit unit, int requestedSessions,
                         List<SessionSummary> sessions, WindowTrends trends) {

    public LiftWindow {
        sessions = List.copyOf(sessions);
    }

    public boolean isFull() {
        return sessions.size() >= requestedSessions;
    }

    public Optional<SessionSummary> latest() {
        return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1));
    }

    public List<SessionRef> refs() {
        return sessions.stream().map(SessionSummary::ref).toList();
    }
}
