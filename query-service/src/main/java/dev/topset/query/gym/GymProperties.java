package dev.topset.query.gym;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minGroupSize      the fewest members an aggregate number may describe: a week, a lift or a distribution
 *                          counting fewer is withheld ({@link Withheld#TOO_FEW_MEMBERS}), because the staff who read
 *                          it know who trained and could read one member's numbers off it (docs/gyms.md: why 5)
 * @param consentCheck      whether a staff read of member data is confirmed against the write side first
 * @param commandServiceUrl where the write side's gym streams are asked for ({@code GET /gyms/{id}/sequence})
 * @param consentCatchUp    how long a staff read waits for this read model to reach the gym's write-side state
 *                          before it answers 503
 */
@ConfigurationProperties("topset.gyms")
public record GymProperties(@DefaultValue("5") int minGroupSize,
                            @DefaultValue("write-side") ConsentCheck consentCheck,
                            @DefaultValue("http://localhost:8081") String commandServiceUrl,
                            @DefaultValue("2s") Duration consentCatchUp) {

    public GymProperties {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("topset.gyms.min-group-size must be at least 1, was " + minGroupSize);
        }
    }

    public enum ConsentCheck {
        /** the strict rule: the read model must have applied the gym's stream as far as command-service has it */
        WRITE_SIDE,
        /** the read model alone: a revocation holds once consumed (tests without a command-service) */
        READ_MODEL
    }
}
