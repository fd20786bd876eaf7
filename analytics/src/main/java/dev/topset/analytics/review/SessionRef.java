package dev.topset.analytics.review;

import java.time.LocalDate;
import java.util.UUID;

/** Which session a number came from, as evidence names it. */
public record SessionRef(UUID sessionId, LocalDate date) {
}
