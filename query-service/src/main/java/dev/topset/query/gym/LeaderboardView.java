package dev.topset.query.gym;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record LeaderboardView(UUID gymId, String lift, LocalDate from, LocalDate to, List<LeaderboardEntry> entries) {
}
