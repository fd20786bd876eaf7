-- The live views' change log (GET /athletes/{id}/live): a device that reconnects with Last-Event-ID is sent the
-- changes it missed from here. It is not a read model: it lives in its own schema, outside the one a rebuild replaces
-- (a rebuild runs these migrations again against its fresh schema, where IF NOT EXISTS makes this a no-op), so that
-- its ids keep growing across rebuilds and an id a device holds never names another change.
CREATE SCHEMA IF NOT EXISTS live_log;

CREATE TABLE IF NOT EXISTS live_log.live_change (
    id          BIGSERIAL PRIMARY KEY,
    athlete_id  UUID        NOT NULL,
    -- the LiveChange as JSON, without its id
    change      JSONB       NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS live_change_by_athlete ON live_log.live_change (athlete_id, id);
CREATE INDEX IF NOT EXISTS live_change_by_time ON live_log.live_change (recorded_at);
