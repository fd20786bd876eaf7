package dev.topset.command.athlete;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param snapshotThreshold events applied to a loaded {@link Athlete} after which its state is stored as a snapshot;
 *                          a later load reads the snapshot and only the events after it
 */
@ConfigurationProperties("topset.athlete")
public record AthleteSnapshotProperties(@DefaultValue("50") int snapshotThreshold) {
}
