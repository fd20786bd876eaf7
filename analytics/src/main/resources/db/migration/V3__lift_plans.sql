-- The athlete's current plan per lift from LiftPlanSet / LiftPlanAdjusted (plan = the api LiftPlan record as
-- JSON; both events carry the whole resulting plan, so each replaces the row). Reviews use it instead of the
-- default plan; a lift without a row is reviewed against the default fitted to the athlete's habits.
CREATE TABLE lift_plan (
    athlete_id UUID        NOT NULL,
    lift       TEXT        NOT NULL,
    plan       JSONB       NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (athlete_id, lift)
);
