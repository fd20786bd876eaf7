-- The current plan per (athlete, lift) from LiftPlanSet / LiftPlanAdjusted (plan = the LiftPlan record as
-- JSON), for the session view's prescription and guidance. A lift without a row follows the default plan.
CREATE TABLE lift_plan (
    athlete_id UUID        NOT NULL,
    lift       TEXT        NOT NULL,
    plan       JSONB       NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (athlete_id, lift)
);

-- The session view compares warm-ups with the heaviest top set of the athlete's previous session of the lift.
CREATE INDEX set_view_top_sets ON set_view (athlete_id, lift, performed_at DESC) WHERE kind = 'TOP' AND NOT voided;
