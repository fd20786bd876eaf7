package dev.topset.command.athlete;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the long-lived {@link Athlete}: an athlete collects plan changes and recommendations for years,
 * while a session is short. The cache keeps a loaded athlete on one node; the snapshot shortens the load after a
 * restart and on the other nodes.
 */
@Configuration(proxyBeanMethods = false)
class AthleteSnapshots {

    static final String TRIGGER = "athleteSnapshotTrigger";
    static final String FILTER = "athleteSnapshotFilter";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition athleteSnapshotTrigger(Snapshotter snapshotter, AthleteSnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /**
     * A snapshot is the aggregate's fields as JSON: after a change of those fields (a new {@link Athlete#SNAPSHOT_REVISION})
     * older snapshots are ignored and the athlete is rebuilt from its events, which then takes a new snapshot.
     */
    @Bean(FILTER)
    SnapshotFilter athleteSnapshotFilter() {
        return RevisionSnapshotFilter.builder()
                .type(Athlete.class.getSimpleName())
                .revision(Athlete.SNAPSHOT_REVISION)
                .build();
    }
}
