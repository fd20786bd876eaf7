package dev.topset.query.session;

import java.util.List;
import java.util.UUID;

/** One page of an athlete's sessions, newest first. */
public record SessionHistory(UUID athleteId, int page, int size, long totalSessions, List<SessionSummary> sessions) {
}
