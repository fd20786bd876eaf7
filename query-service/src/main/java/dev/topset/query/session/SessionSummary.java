package dev.topset.query.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A session in the athlete's history list; {@code setCount} and {@code lifts} ignore voided sets. */
public record SessionSummary(UUID sessionId, LocalDate date, String name, Instant startedAt, Instant finishedAt,
                             String deviceId, int setCount, List<String> lifts) {
}
