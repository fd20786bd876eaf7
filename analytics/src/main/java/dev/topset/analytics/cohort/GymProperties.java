package dev.topset.analytics.cohort;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The same {@code topset.gyms} properties as query-service's (docs/gyms.md).
 *
 * @param minGroupSize   the fewest sharing members a cohort export or gym report may cover: below it the export is
 *                       refused with {@link TooFewMembersException}, since pseudonyms do not hide who is who in a
 *                       group of two
 * @param consentCheck   {@code write-side}: a staff read of member data is first confirmed against command-service's
 *                       gym stream (at {@code topset.analytics.command-service-url}); {@code read-model}: the read
 *                       model alone (tests without a command-service)
 * @param consentCatchUp how long such a read waits for the read model to reach the write side before it answers 503
 */
@ConfigurationProperties("topset.gyms")
public record GymProperties(@DefaultValue("5") int minGroupSize,
                            @DefaultValue("write-side") String consentCheck,
                            @DefaultValue("2s") Duration consentCatchUp) {

    public GymProperties {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("topset.gyms.min-group-size must be at least 1, was " + minGroupSize);
        }
        if (!consentCheck.equals("write-side") && !consentCheck.equals("read-model")) {
            throw new IllegalArgumentException("topset.gyms.consent-check must be write-side or read-model, was "
                    + consentCheck);
        }
    }
}
