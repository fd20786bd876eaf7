/**
 * The Kafka ingest shared by the read sides (query-service, analytics): a plain {@code KafkaConsumer} thread that
 * applies {@code topset.events} to the application's {@link dev.topset.ingest.EventProjection}s and stores the
 * consumer position of each partition in PostgreSQL in the same transaction as the projection rows.
 *
 * <ul>
 *   <li>duplicates (the publisher is at-least-once) are dropped by (aggregateId, sequence) in
 *       {@code applied_sequence};</li>
 *   <li>unreadable records, and records a projection keeps failing on, are parked in {@code skipped_event} and
 *       the partition moves on; unknown event types (a newer producer) are ignored;</li>
 *   <li>failures of the surroundings (database or broker down) are retried after
 *       {@code topset.kafka.retry-backoff}, nothing is skipped for them;</li>
 *   <li>counters {@code topset.ingest.*} in Micrometer, health component {@code ingest}.</li>
 * </ul>
 *
 * <h2>Tables</h2>
 * The library creates no schema: each service has its own schema and owns its Flyway migrations, so every
 * service that uses this library must create these three tables (exactly as below) in the schema its
 * connections resolve unqualified names through (query-service: {@code V1__read_models.sql}, analytics:
 * {@code V2__ingest.sql}):
 *
 * <pre>{@code
 * CREATE TABLE consumer_position (
 *     topic       TEXT        NOT NULL,
 *     partition   INT         NOT NULL,
 *     next_offset BIGINT      NOT NULL,
 *     updated_at  TIMESTAMPTZ NOT NULL,
 *     PRIMARY KEY (topic, partition)
 * );
 *
 * CREATE TABLE applied_sequence (
 *     aggregate_id  TEXT   PRIMARY KEY,
 *     last_sequence BIGINT NOT NULL
 * );
 *
 * CREATE TABLE skipped_event (
 *     id            BIGSERIAL PRIMARY KEY,
 *     topic         TEXT        NOT NULL,
 *     partition     INT         NOT NULL,
 *     record_offset BIGINT      NOT NULL,
 *     record_key    TEXT,
 *     error         TEXT        NOT NULL,
 *     value         TEXT,
 *     skipped_at    TIMESTAMPTZ NOT NULL,
 *     UNIQUE (topic, partition, record_offset)
 * );
 * }</pre>
 *
 * See {@link dev.topset.ingest.EventIngestAutoConfiguration} for the beans and
 * {@link dev.topset.ingest.KafkaIngestProperties} for {@code topset.kafka.*}.
 */
package dev.topset.ingest;
