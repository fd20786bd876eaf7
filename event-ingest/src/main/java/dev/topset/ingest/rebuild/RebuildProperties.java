package dev.topset.ingest.rebuild;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code topset.rebuild.*} properties of the projection rebuild.
 *
 * @param schema             the live read-model schema (default: {@code spring.datasource.hikari.schema}, else the
 *                           first of {@code spring.flyway.schemas}, else {@code public})
 * @param concurrency        replay consumers of a rebuild (each owns some partitions)
 * @param maxPollRecords     largest replay batch applied in one transaction: the per-batch statements (dedupe,
 *                           positions, trend recomputation) are paid once per batch, so a replay wants large ones
 * @param fetchBytesPerPartition largest fetch of one partition by a replay consumer
 * @param switchLag          events still to replay (summed over partitions) below which the switch-over starts
 * @param switchTimeout      longest pause of the live consumers during a switch-over; when the replay cannot reach
 *                           them in time, the gate opens again and the replay goes on
 * @param keepRetiredSchema  keep the replaced schema (renamed {@code <schema>_retired_<id>}) instead of dropping it
 */
public record RebuildProperties(
        String schema,
        @DefaultValue("2") int concurrency,
        @DefaultValue("10000") int maxPollRecords,
        @DefaultValue("8388608") int fetchBytesPerPartition,
        @DefaultValue("2000") long switchLag,
        @DefaultValue("30s") Duration switchTimeout,
        @DefaultValue("false") boolean keepRetiredSchema) {

    public static final String PREFIX = "topset.rebuild";

    public RebuildProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException(PREFIX + ".concurrency must be at least 1");
        }
        if (fetchBytesPerPartition < 1) {
            throw new IllegalArgumentException(PREFIX + ".fetch-bytes-per-partition must be at least 1");
        }
        if (maxPollRecords < 1) {
            throw new IllegalArgumentException(PREFIX + ".max-poll-records must be at least 1");
        }
        schema = schema == null || schema.isBlank() ? null : schema.strip();
        if (schema != null && !SchemaNames.isPlain(schema)) {
            throw new IllegalArgumentException(PREFIX + ".schema must be a plain lower-case identifier: " + schema);
        }
    }

    public RebuildProperties withSchema(String defaultSchema) {
        return schema != null ? this : new RebuildProperties(defaultSchema, concurrency, maxPollRecords, fetchBytesPerPartition, switchLag,
                switchTimeout, keepRetiredSchema);
    }
}
