package dev.topset.cli;

import java.math.BigDecimal;
import java.util.regex.Matcher;

/**
 * How hard a set was, as written after the reps: {@code @8} is RPE 8, {@code rir2} is two reps in reserve. One
 * or the other (the service derives neither from the other); both absent when not rated.
 */
record Effort(BigDecimal rpe, Integer rir) {

    static final int MAX_RIR = 10;
    /** The part of a set's pattern after the reps; groups {@code rpe} and {@code rir}. */
    static final String PATTERN = "(?:@(?<rpe>\\d{1,2}(?:[.,]\\d)?)|rir(?<rir>\\d{1,2}))?";
    static final Effort NONE = new Effort(null, null);

    static Effort of(Matcher matcher, String text) {
        Integer rir = null;
        if (matcher.group("rir") != null) {
            rir = Integer.parseInt(matcher.group("rir"));
            if (rir > MAX_RIR) {
                throw new IllegalArgumentException("'" + text + "': RIR must be between 0 and " + MAX_RIR + ", was "
                        + rir);
            }
        }
        return new Effort(Rpe.parse(matcher.group("rpe"), text), rir);
    }
}
