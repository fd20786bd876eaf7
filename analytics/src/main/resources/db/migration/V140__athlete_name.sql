-- The athlete's name from AthleteRegistered, so that a report names the lifter instead of showing an id.
-- Nullable: rows stored before this column, and athletes registered without a name, show a short id.
ALTER TABLE athlete ADD COLUMN name TEXT;
