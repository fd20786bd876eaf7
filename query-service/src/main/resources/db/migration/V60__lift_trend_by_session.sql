-- A session's trend rows are found by (session_id, lift): the projection deletes a pair whose last valid top set
-- was corrected or voided away, or that has no top set yet. The primary key leads with athlete_id, so without this
-- index each such delete scanned the whole table (benchmark 3: a seventh of PostgreSQL's time in a rebuild, growing
-- with the table). Unique because a session belongs to one athlete: (session_id, lift) names exactly one row. Being
-- unique, it also stays in place while a rebuild bulk-loads a fresh schema (only plain secondary indexes are
-- deferred there).
CREATE UNIQUE INDEX lift_trend_by_session ON lift_trend (session_id, lift);
