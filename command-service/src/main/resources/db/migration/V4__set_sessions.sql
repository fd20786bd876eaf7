-- The session of every logged set id. A set id names one set: query-service keys its set rows by it, so a set
-- logged in a second session under an id already used was accepted here and then dropped there. Written by the
-- subscribing processor "set-ids" in the set's own transaction (SetSessions), which refuses an id of another session.
CREATE TABLE set_session (
    set_id     UUID PRIMARY KEY,
    session_id UUID NOT NULL
);

-- Sets stored before this migration; an id that was already reused keeps its first session. The id is read from the
-- payload's text: a jsonb cast would refuse a payload holding text the edge refuses now (a lone surrogate escape).
INSERT INTO set_session (set_id, session_id)
SELECT DISTINCT ON (set_id) set_id, session_id
FROM (SELECT CAST(substring(convert_from(payload, 'UTF8') FROM '"setId":"([0-9a-f-]{36})"') AS UUID) AS set_id,
             CAST(aggregateIdentifier AS UUID) AS session_id, globalIndex
      FROM DomainEventEntry
      WHERE type = 'TrainingSession' AND payloadType LIKE '%SetLogged') AS logged
WHERE set_id IS NOT NULL
ORDER BY set_id, globalIndex;
