-- The bookkeeping of analytics' consumer (library event-ingest, see its README.md): the same three tables in
-- every service that uses it, each in its own schema. Positions and applied sequences commit in the same
-- transaction as the rows of V1 they produced.

-- The next offset to read per partition; written in the same transaction as the rows it produced.
CREATE TABLE consumer_position (
    topic       TEXT        NOT NULL,
    partition   INT         NOT NULL,
    next_offset BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- The publisher is at-least-once: an event may arrive again after a publisher crash, possibly at a
-- later offset, so offsets alone cannot tell a duplicate. The stream sequence can.
CREATE TABLE applied_sequence (
    aggregate_id  TEXT   PRIMARY KEY,
    last_sequence BIGINT NOT NULL
);

-- Records that could not be read or applied; kept so that nothing vanishes silently.
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
