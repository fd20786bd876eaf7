package dev.topset.security.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-caller rate limit of every service ({@code topset.security.rate-limit.*}): a token bucket per token
 * subject (per remote address without a token) that holds {@code burst} requests and refills {@code requests}
 * every {@code period}. Role {@code service} is not limited.
 *
 * <p>The defaults are far above a device's use (a set every few seconds while lifting; a device back online
 * sends its queue at once, hence the large burst) and above one benchmark device (32 of them offer 1,000 sets/s,
 * 31 requests/s each), while one caller can no longer hold a node busy for long: command-service logs ~500 sets/s
 * on 2 cores. The most one test sends as one user: 1,200 sets from two devices as fast as they are answered
 * ({@code TwoDevicesIntegrationTest}, within burst + refill).
 *
 * @param enabled  false: no limit at all
 * @param requests requests added back to a caller's bucket per {@code period}
 * @param period   the refill period
 * @param burst    the bucket's size: requests a caller may send at once after a quiet time
 */
@ConfigurationProperties("topset.security.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("100") long requests,
                                  @DefaultValue("1s") Duration period,
                                  @DefaultValue("1000") long burst) {

    public RateLimitProperties {
        if (enabled && (requests < 1 || burst < 1 || period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("topset.security.rate-limit: requests and burst must be at least 1"
                    + " and period positive, or enabled=false");
        }
    }

    /** After this long without requests a caller's bucket is full again, so forgetting it changes nothing. */
    Duration refilledAfter() {
        long periods = (burst + requests - 1) / requests;
        return period.multipliedBy(periods);
    }
}
