package dev.topset.query.gym;

import java.math.BigDecimal;

/**
 * How much the sharing members' e1RM of one lift changed within the window: per member, the last session's e1RM
 * against the first one's (a member needs the lift on two different days in the window), in percent. Every lift a
 * sharing member trained in the window is listed; without numbers, {@code withheld} says why.
 *
 * @param membersTrained    members who trained the lift in the window
 * @param membersWithChange members with a change (the distribution's size)
 */
public record E1rmProgress(String lift, int membersTrained, int membersWithChange, Withheld withheld, BigDecimal min,
                           BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal max) {

    static E1rmProgress withheld(String lift, int membersTrained, int membersWithChange, Withheld reason) {
        return new E1rmProgress(lift, membersTrained, membersWithChange, reason, null, null, null, null, null);
    }
}
