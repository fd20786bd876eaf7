package dev.topset.analytics.review;

import java.time.LocalDate;
import java.util.UUID;

/** A session had a top set of {@code lift}: the raw material of the "variation changed" check. */
public record TopSetLift(UUID sessionId, LocalDate date, String lift) {
}
