package dev.topset.query.gym;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One ISO week of a gym: members who trained, hard sets (RPE ≥ 7 or RIR ≤ 3, no warm-ups) and volume load
 * (load × reps of every set but warm-ups, in kg), in total and per lift.
 *
 * @param week Monday of the week
 */
public record WeekActivity(LocalDate week, int activeMembers, int hardSets, BigDecimal volumeLoadKg,
                           List<LiftWeek> lifts) {

    /** @param members sharing members who trained the lift that week */
    public record LiftWeek(String lift, int members, int hardSets, BigDecimal volumeLoadKg) {
    }
}
