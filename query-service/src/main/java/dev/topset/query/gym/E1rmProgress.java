package dev.topset.query.gym;

import java.math.BigDecimal;

/**
 * How much the sharing members' e1RM of one lift changed within the window: per member, the last session's e1RM
 * against the first one's (a member needs the lift on two different days in the window), in percent.
 *
 * @param members members with a change (the distribution's size)
 */
public record E1rmProgress(String lift, int members, BigDecimal min, BigDecimal p25, BigDecimal median,
                           BigDecimal p75, BigDecimal max) {
}
