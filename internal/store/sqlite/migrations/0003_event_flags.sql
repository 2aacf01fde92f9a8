-- What merging across reports needs to know of a stored event: its place
-- was only the country its sentence was about (unplaced), or its date was
-- carried from an earlier sentence (carried). And an index to find the
-- events that may tell a new one by the end of their span.

ALTER TABLE events ADD COLUMN unplaced INTEGER NOT NULL DEFAULT 0 CHECK (unplaced IN (0, 1));
ALTER TABLE events ADD COLUMN carried INTEGER NOT NULL DEFAULT 0 CHECK (carried IN (0, 1));
-- Whose word the event rests on when every telling is a claim ('' when
-- a source told it in its own voice).
ALTER TABLE events ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';

CREATE INDEX events_type_end ON events (type, date_end);
