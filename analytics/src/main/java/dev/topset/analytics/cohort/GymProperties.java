package dev.topset.analytics.cohort;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minGroupSize the fewest sharing members a cohort export or gym report may cover (the same property and
 *                     default as query-service's gym views): below it the export is refused with
 *                     {@link TooFewMembersException}, since pseudonyms do not hide who is who in a group of two
 */
@ConfigurationProperties("topset.gyms")
public record GymProperties(@DefaultValue("5") int minGroupSize) {

    public GymProperties {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("topset.gyms.min-group-size must be at least 1, was " + minGroupSize);
        }
    }
}
