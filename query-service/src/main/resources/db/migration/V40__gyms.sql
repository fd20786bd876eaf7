-- Gyms, their staff and what each member agreed to share (from the Gym stream: GymCreated, CoachAdded,
-- CoachRemoved, MemberInvited, MemberJoined, ConsentChanged, ConsentRevoked, MemberLeft).
-- Only members with status MEMBER share anything: they count in the gym aggregates and their coaches may read
-- them within scope. CONSENT_REVOKED and LEFT rows stay so that a later event of the stream finds its row.
CREATE TABLE gym (
    gym_id     UUID PRIMARY KEY,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

-- Who may read the gym: its admin (GymCreated) and its coaches; subject = the user's token subject.
CREATE TABLE gym_staff (
    gym_id  UUID NOT NULL,
    subject TEXT NOT NULL,
    role    TEXT NOT NULL CHECK (role IN ('GYM_ADMIN', 'COACH')),
    PRIMARY KEY (gym_id, subject, role)
);
CREATE INDEX gym_staff_by_subject ON gym_staff (subject);

CREATE TABLE gym_member (
    gym_id      UUID        NOT NULL,
    athlete_id  UUID        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('INVITED', 'MEMBER', 'CONSENT_REVOKED', 'LEFT')),
    scope       TEXT        CHECK (scope IN ('TRENDS', 'TRENDS_AND_SESSIONS')),
    leaderboard BOOLEAN     NOT NULL DEFAULT FALSE,
    changed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (gym_id, athlete_id),
    CHECK ((status = 'MEMBER') = (scope IS NOT NULL))
);
CREATE INDEX gym_member_sharing ON gym_member (athlete_id) WHERE status = 'MEMBER';

-- Body weight at registration, for the relative-strength leaderboard (e1RM / body weight).
ALTER TABLE athlete_view ADD COLUMN body_weight_amount NUMERIC, ADD COLUMN body_weight_unit TEXT;

-- The gym aggregates read weeks of many athletes' sessions.
CREATE INDEX session_view_by_date ON session_view (local_date, athlete_id);
