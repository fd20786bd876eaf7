-- The device catch-up order: every event of an athlete (Athlete and TrainingSession aggregates) gets a
-- gap-free per-athlete sequence number. globalIndex alone is not a safe cursor: it is assigned at insert,
-- but transactions commit out of order, so an event with a lower index can become visible after a device
-- already read past it. athlete_seq is taken from athlete_event_counter with an UPDATE ... RETURNING in the
-- same transaction as the event append (subscribing processor "athlete-events"): the row lock serialises
-- an athlete's appends, so their commit order equals their athlete_seq order and a reader never skips one.

CREATE TABLE athlete_event_counter (
    athlete_id UUID   NOT NULL PRIMARY KEY,
    last_seq   BIGINT NOT NULL
);

CREATE TABLE athlete_event (
    athlete_id   UUID   NOT NULL,
    athlete_seq  BIGINT NOT NULL,
    global_index BIGINT NOT NULL UNIQUE,
    PRIMARY KEY (athlete_id, athlete_seq)
);

-- Backfill the events stored before this migration, in global order (they are all committed by now).
INSERT INTO athlete_event (athlete_id, athlete_seq, global_index)
SELECT athlete_id, row_number() OVER (PARTITION BY athlete_id ORDER BY globalIndex), globalIndex
FROM (SELECT CAST(CAST(convert_from(payload, 'UTF8') AS jsonb) ->> 'athleteId' AS UUID) AS athlete_id, globalIndex
      FROM DomainEventEntry) AS stored
WHERE athlete_id IS NOT NULL;

INSERT INTO athlete_event_counter (athlete_id, last_seq)
SELECT athlete_id, max(athlete_seq) FROM athlete_event GROUP BY athlete_id;
