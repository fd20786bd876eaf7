-- What the review reads beyond the sets (issue 17): notes on sets and sessions, and the lift's earlier
-- recommendations with the athlete's decisions on them (the fatigue ladder's memory). All rebuilt from the topic.
--
--   *SetLogged / SetCorrected -> logged_set.note                    (the set's note as logged)
--   SessionStarted / SessionFinished -> training_session.start_notes, finish_notes, flags
--   RecommendationIssued     -> recommendation_history              (type, rule, ladder rung from its evidence)
--   RecommendationAccepted / Dismissed / Superseded -> recommendation_history.status, decided_on

ALTER TABLE logged_set ADD COLUMN note TEXT;

ALTER TABLE training_session ADD COLUMN start_notes TEXT;
ALTER TABLE training_session ADD COLUMN finish_notes TEXT;
-- SessionFlag names from the start and the finish, e.g. {PAIN,ILLNESS}.
ALTER TABLE training_session ADD COLUMN flags TEXT[] NOT NULL DEFAULT '{}';

CREATE TABLE recommendation_history (
    recommendation_id UUID PRIMARY KEY,
    athlete_id        UUID NOT NULL,
    lift              TEXT NOT NULL,
    type              TEXT NOT NULL,
    rule              TEXT,
    -- FatigueLadder.Rung named by the evidence's "ladderRung"; null before the ladder existed.
    rung              TEXT,
    -- The athlete's date of the session whose review issued it (the evidence's last date).
    issued_on         DATE NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('ISSUED', 'ACCEPTED', 'DISMISSED', 'SUPERSEDED')),
    -- The athlete's latest session date when the decision was recorded: sessions after it came after the decision.
    decided_on        DATE
);
CREATE INDEX recommendation_history_by_lift ON recommendation_history (athlete_id, lift, issued_on);
