package dev.topset.command.session;

import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a set may have been performed. Views order a session's sets by this device time, so a time far off would put
 * a set in the wrong place: it may lie at most {@link #BEFORE_START} before the session's start (a warm-up logged on
 * the watch before the phone started the session, device clocks that disagree) and at most {@link #AHEAD} ahead of
 * the server's clock (clock skew of a device; a set is never logged before it is done). A set performed after the
 * session's finish belongs to no session: {@link Rule#SESSION_FINISHED}; one performed before it is kept, however
 * late it arrives (an offline device syncing after another device finished the session).
 */
final class SetTimeRules {

    static final Duration BEFORE_START = Duration.ofHours(1);
    static final Duration AHEAD = Duration.ofMinutes(5);

    private SetTimeRules() {
    }

    /**
     * @param performed  the set's device time; null: now
     * @param startedAt  the session's start (device time); null when the start named none
     * @param finishedAt the session's finish; null while it is open
     */
    static void check(Instant performed, Instant startedAt, Instant finishedAt, Clock clock) {
        // a command without a device time was performed when it reaches the server
        Instant performedAt = performed != null ? performed : clock.instant();
        if (finishedAt != null && performedAt.isAfter(finishedAt)) {
            throw new RuleViolationException(Rule.SESSION_FINISHED, "the session was finished at " + finishedAt
                    + ": a set performed at " + performedAt + ", after the finish, cannot be logged in it");
        }
        if (startedAt != null && performedAt.isBefore(startedAt.minus(BEFORE_START))) {
            throw new RuleViolationException(Rule.PERFORMED_AT_RANGE, "performedAt " + performedAt
                    + " is more than " + BEFORE_START.toMinutes() + " minutes before the session's start at "
                    + startedAt);
        }
        Instant latest = clock.instant().plus(AHEAD);
        if (performedAt.isAfter(latest)) {
            throw new RuleViolationException(Rule.PERFORMED_AT_RANGE, "performedAt " + performedAt
                    + " is more than " + AHEAD.toMinutes() + " minutes ahead of the server's clock ("
                    + clock.instant() + "): check the device's clock");
        }
    }
}
