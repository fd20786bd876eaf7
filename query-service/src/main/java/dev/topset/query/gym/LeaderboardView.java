package dev.topset.query.gym;

import dev.topset.api.training.LoadUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** @param unit the unit of every entry's e1RM and body weight */
public record LeaderboardView(UUID gymId, String lift, int weeks, LocalDate from, LocalDate to,
                              boolean lastWeekPartial, LoadUnit unit, List<LeaderboardEntry> entries) {
}
