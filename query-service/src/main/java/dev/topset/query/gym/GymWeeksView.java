package dev.topset.query.gym;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record GymWeeksView(UUID gymId, LocalDate from, LocalDate to, List<WeekActivity> weeks) {
}
