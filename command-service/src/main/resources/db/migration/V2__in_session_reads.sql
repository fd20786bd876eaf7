-- Small read models the command side needs while a set is logged. Both can be rebuilt from the events.

-- The current plan per (athlete, lift), written by the subscribing processor "lift-plans" in the same
-- transaction as the LiftPlanSet / LiftPlanAdjusted event, so a plan and its row commit together and
-- the next logged top set already sees the new plan. plan = the LiftPlan record as JSON.
CREATE TABLE lift_plan (
    athlete_id UUID        NOT NULL,
    lift       TEXT        NOT NULL,
    plan       JSONB       NOT NULL,
    -- sequence number of the Athlete event that wrote the row: an older event never overwrites a newer plan
    sequence   BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (athlete_id, lift)
);

-- Every top set with its current load (corrections applied, voids flagged), written by the pooled
-- processor "top-set-history". The bad-day rule compares a warm-up with the heaviest top set of the
-- athlete's last session of the lift; that session is always an earlier one, so a processor that lags by
-- a poll is fine, and a streaming processor fills this table from the existing history on first start.
CREATE TABLE top_set_history (
    set_id       UUID PRIMARY KEY,
    athlete_id   UUID        NOT NULL,
    session_id   UUID        NOT NULL,
    lift         TEXT        NOT NULL,
    load_amount  NUMERIC     NOT NULL,
    load_unit    TEXT        NOT NULL,
    performed_at TIMESTAMPTZ NOT NULL,
    voided       BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX top_set_history_by_lift ON top_set_history (athlete_id, lift, performed_at DESC);
