-- Every plan a lift was trained under (LiftPlanSet / LiftPlanAdjusted, the whole resulting plan each), so a review
-- judges each session against the plan in force at it, not the current one (issue 17). in_force_after: the athlete's
-- latest session date when the plan was recorded (null: none yet); the sessions after that date follow it.
CREATE TABLE lift_plan_history (
    athlete_id     UUID        NOT NULL,
    lift           TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    in_force_after DATE,
    plan           JSONB       NOT NULL,
    PRIMARY KEY (athlete_id, lift, recorded_at)
);
