-- Recommendations analytics issued through command-service, and what the athlete did with them:
--   RecommendationIssued    -> INSERT (status ISSUED; changes, backoff_load and evidence as the event's JSON)
--   RecommendationAccepted  -> status ACCEPTED, decided_at
--   RecommendationDismissed -> status DISMISSED, decided_at, dismiss_reason
-- "current" = per lift the latest issued recommendation, if it is still ISSUED.
CREATE TABLE recommendation (
    recommendation_id UUID        PRIMARY KEY,
    athlete_id        UUID        NOT NULL,
    lift              TEXT        NOT NULL,
    type              TEXT        NOT NULL,
    advice            TEXT,
    changes           JSONB,
    backoff_load      JSONB,
    evidence          JSONB,
    status            TEXT        NOT NULL CHECK (status IN ('ISSUED', 'ACCEPTED', 'DISMISSED')),
    issued_at         TIMESTAMPTZ NOT NULL,
    -- orders recommendations issued in the same millisecond: the order of the events on the athlete's partition
    issue_order       BIGSERIAL,
    decided_at        TIMESTAMPTZ,
    decided_by        TEXT,
    dismiss_reason    TEXT
);
CREATE INDEX recommendation_by_athlete ON recommendation (athlete_id, lift, issued_at DESC, issue_order DESC);
