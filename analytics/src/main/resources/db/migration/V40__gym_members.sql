-- Which athletes share with which gym (from the Gym stream), for the cohort exports: only members with status
-- MEMBER are exported; CONSENT_REVOKED, LEFT and INVITED rows are kept so that the stream's next event finds them.
CREATE TABLE gym (
    gym_id UUID PRIMARY KEY
);

-- The gym's admin and coaches (token subjects): they may read their own gym's pseudonymized export.
CREATE TABLE gym_staff (
    gym_id  UUID NOT NULL,
    subject TEXT NOT NULL,
    role    TEXT NOT NULL CHECK (role IN ('GYM_ADMIN', 'COACH')),
    PRIMARY KEY (gym_id, subject, role)
);

CREATE TABLE gym_member (
    gym_id     UUID        NOT NULL,
    athlete_id UUID        NOT NULL,
    status     TEXT        NOT NULL CHECK (status IN ('INVITED', 'MEMBER', 'CONSENT_REVOKED', 'LEFT')),
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (gym_id, athlete_id)
);
CREATE INDEX gym_member_sharing ON gym_member (athlete_id) WHERE status = 'MEMBER';

-- The cohort export reads many athletes' sets in athlete order through one cursor.
CREATE INDEX logged_set_by_athlete ON logged_set (athlete_id, session_id) WHERE NOT voided;
