package dev.topset.query.gym;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One ISO week of a gym: members who trained, hard sets (RPE ≥ 7 or RIR ≤ 3, no warm-ups) and volume load
 * (load × reps of every set but warm-ups, in the view's unit), in total and per lift. A lift trained by fewer
 * members than the minimum group size is {@code withheld} (no numbers), and so is a week with fewer active members;
 * a week's totals are the sums of the lifts shown, so a withheld lift cannot be read off them by subtraction.
 *
 * @param week    Monday of the week
 * @param partial the window ends before this week does (the current week, or {@code to} before its Sunday)
 */
public record WeekActivity(LocalDate week, boolean partial, int activeMembers, Withheld withheld, Integer hardSets,
                           BigDecimal volumeLoad, List<LiftWeek> lifts) {

    /** @param members sharing members who trained the lift that week */
    public record LiftWeek(String lift, int members, Withheld withheld, Integer hardSets, BigDecimal volumeLoad) {
    }
}
