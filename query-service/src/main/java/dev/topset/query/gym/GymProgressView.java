package dev.topset.query.gym;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** @param weeks the window's length (4 and 12 are the usual questions) */
public record GymProgressView(UUID gymId, int weeks, LocalDate from, LocalDate to, List<E1rmProgress> lifts) {
}
