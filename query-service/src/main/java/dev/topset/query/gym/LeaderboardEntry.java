package dev.topset.query.gym;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * @param e1rmKg           the member's best e1RM of the lift in the window, in kg
 * @param relativeStrength e1RM / body weight
 */
public record LeaderboardEntry(int rank, UUID athleteId, String name, BigDecimal e1rmKg, BigDecimal bodyWeightKg,
                               BigDecimal relativeStrength) {
}
