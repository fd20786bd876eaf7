package dev.topset.query.gym;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * @param e1rm             the member's best e1RM of the lift in the window, in the view's unit
 * @param e1rmMethod       how that e1RM was estimated: {@code RPE_CHART}, or a formula such as {@code EPLEY}
 * @param e1rmNote         why the estimate is not from the RPE chart (null when it is)
 * @param relativeStrength e1RM / body weight, both in kg
 */
public record LeaderboardEntry(int rank, UUID athleteId, String name, BigDecimal e1rm, String e1rmMethod,
                               String e1rmNote, BigDecimal bodyWeight, BigDecimal relativeStrength) {
}
