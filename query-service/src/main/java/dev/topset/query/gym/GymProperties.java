package dev.topset.query.gym;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minGroupSize the fewest members an aggregate number may describe: a week, a lift or a distribution counting
 *                     fewer is withheld ({@link Withheld#TOO_FEW_MEMBERS}), because the staff who read it know who
 *                     trained and could read one member's numbers off it (see docs/gyms.md for why 5)
 */
@ConfigurationProperties("topset.gyms")
public record GymProperties(@DefaultValue("5") int minGroupSize) {

    public GymProperties {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("topset.gyms.min-group-size must be at least 1, was " + minGroupSize);
        }
    }
}
