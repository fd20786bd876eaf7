-- A set's revision is the one devices send back as expectedRevision (command-service): 1 when logged,
-- +1 per correction and +1 for a void. It used to count corrections only; derived from the events either way,
-- so existing rows are moved onto the new count here.
ALTER TABLE set_view ALTER COLUMN revision SET DEFAULT 1;
UPDATE set_view SET revision = revision + 1 + CASE WHEN voided THEN 1 ELSE 0 END;
