-- Read models of query-service. Everything here can be rebuilt from topset.events: no row is the
-- only copy of a fact. Tables live in the schema Flyway is pointed at (query) and are found through
-- the connection's search_path, so a rebuild can target a fresh schema and swap.

CREATE TABLE athlete_view (
    athlete_id     UUID PRIMARY KEY,
    name           TEXT,
    preferred_unit TEXT,
    registered_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE session_view (
    session_id  UUID PRIMARY KEY,
    athlete_id  UUID        NOT NULL,
    local_date  DATE        NOT NULL,
    name        TEXT,
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    device_id   TEXT,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX session_view_by_athlete ON session_view (athlete_id, local_date DESC, started_at DESC);

-- One row per logged set, corrections applied in place (revision counts them), voids kept as a flag
-- so that "show what was voided" stays possible.
CREATE TABLE set_view (
    set_id       UUID PRIMARY KEY,
    session_id   UUID        NOT NULL,
    athlete_id   UUID        NOT NULL,
    position     INT         NOT NULL,
    kind         TEXT        NOT NULL,
    lift         TEXT        NOT NULL,
    load_amount  NUMERIC     NOT NULL,
    load_unit    TEXT        NOT NULL,
    reps         INT         NOT NULL,
    rpe          NUMERIC,
    rir          INT,
    flags        TEXT[]      NOT NULL DEFAULT '{}',
    note         TEXT,
    device_id    TEXT,
    performed_at TIMESTAMPTZ,
    recorded_at  TIMESTAMPTZ NOT NULL,
    revision     INT         NOT NULL DEFAULT 0,
    corrected_at TIMESTAMPTZ,
    voided       BOOLEAN     NOT NULL DEFAULT FALSE,
    void_reason  TEXT,
    UNIQUE (session_id, position)
);
CREATE INDEX set_view_by_session_lift ON set_view (session_id, lift);

-- One row per (athlete, lift, session) that has at least one valid top set; recomputed from set_view.
-- Loads are in the unit the best top set was logged in.
CREATE TABLE lift_trend (
    athlete_id          UUID    NOT NULL,
    lift                TEXT    NOT NULL,
    session_id          UUID    NOT NULL,
    local_date          DATE    NOT NULL,
    unit                TEXT    NOT NULL,
    top_load            NUMERIC NOT NULL,
    top_reps            INT     NOT NULL,
    top_rpe             NUMERIC,
    top_rir             INT,
    top_set_count       INT     NOT NULL,
    e1rm                NUMERIC,
    e1rm_method         TEXT,
    backoff_sets        INT     NOT NULL,
    backoff_reps        INT     NOT NULL,
    backoff_volume_load NUMERIC NOT NULL,
    max_backoff_rpe     NUMERIC,
    backoff_rpe_drift   NUMERIC,
    PRIMARY KEY (athlete_id, lift, session_id)
);
CREATE INDEX lift_trend_by_date ON lift_trend (athlete_id, lift, local_date);

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
