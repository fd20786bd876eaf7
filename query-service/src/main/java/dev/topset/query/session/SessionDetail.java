package dev.topset.query.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A session as logged, with corrections applied; sets in logging order. */
public record SessionDetail(UUID sessionId, UUID athleteId, LocalDate date, String name, Instant startedAt,
                            Instant finishedAt, String deviceId, List<LoggedSet> sets) {
}
