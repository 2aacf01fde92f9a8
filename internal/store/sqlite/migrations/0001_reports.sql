-- Sources, reports and posts: what was read, from where, as what.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('file', 'url', 'stdin', 'feed', 'submission')),
    location    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, location)
);

CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    hash         TEXT NOT NULL UNIQUE,
    format       TEXT NOT NULL,
    encoding     TEXT NOT NULL,
    title        TEXT NOT NULL,
    input        TEXT NOT NULL,
    post_count   INTEGER NOT NULL,
    ingested_at  TEXT NOT NULL
);

-- Which sources a report was read from; the same text at two addresses is
-- one report with two sources.
CREATE TABLE report_sources (
    report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (report_id, source_id)
);

CREATE TABLE posts (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    author      TEXT NOT NULL,
    published   TEXT,            -- RFC 3339 UTC; NULL when unknown
    precision   TEXT NOT NULL CHECK (precision IN ('none', 'day', 'minute')),
    quote       INTEGER NOT NULL CHECK (quote IN (0, 1)),
    text        TEXT NOT NULL,
    start_byte  INTEGER NOT NULL,
    end_byte    INTEGER NOT NULL,
    url         TEXT NOT NULL DEFAULT '',
    UNIQUE (report_id, seq)
);

CREATE INDEX reports_ingested ON reports (ingested_at);
CREATE INDEX report_sources_source ON report_sources (source_id);
