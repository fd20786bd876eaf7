-- Every import of an athlete, as the WorkoutImport aggregate's events tell it: what GET /athletes/{id}/imports lists
-- and where a request finds the import of a file. Written by the subscribing processor "workout-imports" in the
-- transaction of the events (ImportRecords).
CREATE TABLE workout_import (
    import_id     UUID PRIMARY KEY,
    athlete_id    UUID        NOT NULL,
    source        TEXT        NOT NULL,
    file_sha256   TEXT        NOT NULL,
    options       TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    rows_read     INT         NOT NULL,
    rows_rejected INT         NOT NULL,
    sets_planned  INT         NOT NULL,
    sets_recorded INT         NOT NULL DEFAULT 0,
    sets_replayed INT         NOT NULL DEFAULT 0,
    sets_voided   INT         NOT NULL DEFAULT 0,
    failure       TEXT,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    undone_at     TIMESTAMPTZ
);

CREATE INDEX workout_import_athlete ON workout_import (athlete_id, started_at);
