-- When each set was performed (the device's time; the event's time for sets logged without one). Reviews and
-- exports order a session's sets by it, so that a set an offline device synced late counts where it was done.
-- Rows stored before this column keep NULL and their order of logging; a rebuild fills it.
ALTER TABLE logged_set ADD COLUMN performed_at TIMESTAMPTZ;
