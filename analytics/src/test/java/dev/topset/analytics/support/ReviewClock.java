package dev.topset.analytics.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The review's "today" in integration tests. The histories there are dated on fixed days that grow older every
 * day; a review on the real date would answer them all with return-after-a-break advice. So by default the clock
 * stands at the epoch, before every session: the review then runs as of the athlete's latest session. A test of the
 * break moves it with {@link #set} and puts it back with {@link #reset}.
 */
public final class ReviewClock extends Clock {

    private volatile Instant now = Instant.EPOCH;

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = Instant.EPOCH;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
