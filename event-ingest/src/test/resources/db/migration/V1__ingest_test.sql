-- The three ingest tables, exactly as every service using event-ingest creates them (see README.md) ...
CREATE TABLE consumer_position (
    topic       TEXT        NOT NULL,
    partition   INT         NOT NULL,
    next_offset BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (topic, partition)
);

CREATE TABLE applied_sequence (
    aggregate_id  TEXT   PRIMARY KEY,
    last_sequence BIGINT NOT NULL
);

CREATE TABLE skipped_event (
    id            BIGSERIAL PRIMARY KEY,
    topic         TEXT        NOT NULL,
    partition     INT         NOT NULL,
    record_offset BIGINT      NOT NULL,
    record_key    TEXT,
    error         TEXT        NOT NULL,
    value         TEXT,
    skipped_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (topic, partition, record_offset)
);

-- ... and what the test projections write: one row per applied event and projection, one per batch.
CREATE TABLE projected_event (
    id           BIGSERIAL PRIMARY KEY,
    projection   TEXT        NOT NULL,
    athlete_id   UUID        NOT NULL,
    aggregate_id TEXT        NOT NULL,
    sequence     BIGINT      NOT NULL,
    type         TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE projected_batch (
    id     BIGSERIAL PRIMARY KEY,
    events INT NOT NULL
);
