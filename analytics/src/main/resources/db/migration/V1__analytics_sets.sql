-- analytics' own copy of the set data it reviews (schema "analytics", set by spring.flyway.schemas and found
-- through the pool's search_path). Filled by the analytics consumer from topset.events, like query-service's
-- set_view: every row can be rebuilt from the topic.
--
--   AthleteRegistered -> athlete                 (preferred_unit: the unit reviews are shown in)
--   SessionStarted    -> training_session        (local_date: the athlete's date; weeks are counted on it)
--   *SetLogged        -> logged_set              (position = order of logging within the session, 1-based)
--   SetCorrected      -> UPDATE logged_set       (kind may change; the lift is not correctable)
--   SetVoided         -> UPDATE logged_set SET voided = TRUE (kept, never deleted; reviews skip it)

CREATE TABLE athlete (
    athlete_id     UUID PRIMARY KEY,
    preferred_unit TEXT NOT NULL CHECK (preferred_unit IN ('KG', 'LB'))
);

CREATE TABLE training_session (
    session_id UUID PRIMARY KEY,
    athlete_id UUID NOT NULL,
    local_date DATE NOT NULL,
    -- Orders two sessions on the same date; nullable because a device may not send it.
    started_at TIMESTAMPTZ
);
CREATE INDEX training_session_by_athlete ON training_session (athlete_id, local_date DESC, started_at DESC);

CREATE TABLE logged_set (
    set_id      UUID PRIMARY KEY,
    session_id  UUID    NOT NULL,
    athlete_id  UUID    NOT NULL,
    position    INT     NOT NULL CHECK (position >= 1),
    kind        TEXT    NOT NULL CHECK (kind IN ('WARMUP', 'TOP', 'BACKOFF', 'DROP', 'ACCESSORY')),
    -- Canonical lift key (LiftName.key): "Paused Squat" is stored as paused-squat.
    lift        TEXT    NOT NULL,
    -- Exactly as logged; converted on read.
    load_amount NUMERIC NOT NULL CHECK (load_amount >= 0),
    load_unit   TEXT    NOT NULL CHECK (load_unit IN ('KG', 'LB')),
    reps        INT     NOT NULL CHECK (reps >= 0),
    rpe         NUMERIC(3, 1),
    rir         INT CHECK (rir >= 0),
    -- SetFlag names, e.g. {TECHNIQUE_BREAKDOWN,PAIN}.
    flags       TEXT[]  NOT NULL DEFAULT '{}',
    voided      BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (session_id, position)
);
-- "Which sessions of this athlete have a top set of this lift": the first step of every review.
CREATE INDEX logged_set_top_sets ON logged_set (athlete_id, lift, session_id) WHERE kind = 'TOP' AND NOT voided;
