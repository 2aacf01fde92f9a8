-- Events read from the reports, merged across them, and the passages
-- (evidence) each was read from.

CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    type              TEXT NOT NULL,
    date_start        TEXT NOT NULL,   -- ISO day, inclusive
    date_end          TEXT NOT NULL,   -- ISO day, inclusive
    assumed           INTEGER NOT NULL CHECK (assumed IN (0, 1)),  -- the span is only the post's own day
    place_name        TEXT NOT NULL,
    place_precision   TEXT NOT NULL CHECK (place_precision IN ('city', 'admin1', 'country')),
    place_geonames_id INTEGER NOT NULL DEFAULT 0,  -- 0 when none
    place_country     TEXT NOT NULL,
    place_admin1      TEXT NOT NULL DEFAULT '',
    place_lat         REAL NOT NULL,
    place_lon         REAL NOT NULL,
    fatalities        INTEGER,         -- NULL when no source gives a figure
    injured           INTEGER,
    arrested          INTEGER,
    participants      INTEGER,
    actors            TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    demands           TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    sources           INTEGER NOT NULL,  -- distinct (report, post) among the evidence
    CHECK (date_start <= date_end)
);

-- One passage an event was read from; start_char and end_char are
-- offsets in Unicode characters into the report's input.
CREATE TABLE event_evidence (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    post        INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL
);

-- When the events of a report were saved; NULL until then. A report is
-- read for events once.
ALTER TABLE reports ADD COLUMN events_saved_at TEXT;

CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX event_evidence_event ON event_evidence (event_id);
CREATE INDEX event_evidence_report ON event_evidence (report_id);
