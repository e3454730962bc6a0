"""The event database's schema, in one place, as numbered migrations."""

from __future__ import annotations

APP = "eventwire"

# Each migration is applied once, in order, inside the transaction that records its number in
# `meta`; a database is at version N when migrations 1..N have run. Never edit a released one:
# add the next.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles, event mentions, deduplicated events, actors, quotes, places", [
        """CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL UNIQUE,  -- sha256 of the text: the same story under another id
            story_date DATE,
            title VARCHAR, url VARCHAR, outlet VARCHAR,
            dateline_place VARCHAR, dateline_agency VARCHAR,
            origin VARCHAR,  -- file:line it came from
            sentences INTEGER, events INTEGER, quotes INTEGER,
            text VARCHAR,
            ingested_at TIMESTAMP DEFAULT current_timestamp)""",
        # one row per event as one article reports it; `event_key` groups the reports of one event
        """CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            ordinal INTEGER NOT NULL,
            event_key VARCHAR NOT NULL,
            source VARCHAR, target VARCHAR, code VARCHAR, root VARCHAR, name VARCHAR,
            quad_class TINYINT, goldstein DOUBLE, plover VARCHAR,
            source_country VARCHAR, target_country VARCHAR,  -- ISO3, 'IGO', or '' for a role alone
            event_date DATE, date_precision VARCHAR, date_text VARCHAR, date_certain BOOLEAN,
            location VARCHAR, location_country VARCHAR, latitude DOUBLE, longitude DOUBLE,
            sentence INTEGER, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            source_text VARCHAR, target_text VARCHAR, speaker VARCHAR,
            confidence DOUBLE, pattern VARCHAR, evidence VARCHAR, outlet VARCHAR,
            PRIMARY KEY (article_id, ordinal))""",
        # one row per distinct event (same source, target, code and day), counted as
        # GDELT does: mentions, articles, distinct sources (outlets)
        """CREATE TABLE events (
            event_key VARCHAR PRIMARY KEY,
            source VARCHAR, target VARCHAR, code VARCHAR, root VARCHAR, name VARCHAR,
            quad_class TINYINT, goldstein DOUBLE, plover VARCHAR,
            source_country VARCHAR, target_country VARCHAR,
            event_date DATE, date_precision VARCHAR,
            location VARCHAR, location_country VARCHAR, latitude DOUBLE, longitude DOUBLE,
            num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
            avg_confidence DOUBLE, first_article VARCHAR, evidence VARCHAR)""",
        """CREATE TABLE actors (
            code VARCHAR PRIMARY KEY,
            country VARCHAR, sector VARCHAR, name VARCHAR,
            mentions INTEGER)""",
        """CREATE TABLE quotes (
            article_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            sentence INTEGER, direct BOOLEAN, text VARCHAR, start_char INTEGER, end_char INTEGER,
            speaker VARCHAR, person VARCHAR, actor VARCHAR, cue VARCHAR, certain BOOLEAN,
            PRIMARY KEY (article_id, ordinal))""",
        """CREATE TABLE places (
            article_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            name VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE, kind VARCHAR,
            start_char INTEGER, end_char INTEGER,
            PRIMARY KEY (article_id, ordinal))""",
        "CREATE INDEX events_dyad ON events (source_country, target_country, event_date)",
        "CREATE INDEX mentions_key ON mentions (event_key)",
    ]),
    (2, "provenance of each ingest run; articles flagged when no date was found anywhere", [
        # which rules coded which rows: the versions and settings an ingest ran with
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TIMESTAMP DEFAULT current_timestamp, finished_at TIMESTAMP,
            eventwire_version VARCHAR,
            data_versions VARCHAR,  -- JSON: bundled data file -> manifest version
            dictionaries VARCHAR,  -- an imported dictionary folder, NULL for the bundled ones
            dictionaries_versions VARCHAR,  -- JSON: that folder's manifest, if it has one
            model VARCHAR,  -- the spaCy pipeline, name and version
            settings VARCHAR,  -- JSON: every CoderSettings field
            articles_stored INTEGER)""",
        "ALTER TABLE articles ADD COLUMN run_id INTEGER",
        # no record date, no dateline, no page metadata: the story date is unknown, and so is
        # the date of every event the article does not date itself
        "ALTER TABLE articles ADD COLUMN undated BOOLEAN DEFAULT false",
        "UPDATE articles SET undated = story_date IS NULL",
    ]),
]

LATEST = MIGRATIONS[-1][0]

MENTION_COLUMNS = ["article_id", "ordinal", "event_key", "source", "target", "code", "root", "name",
                   "quad_class", "goldstein", "plover", "source_country", "target_country", "event_date", "date_precision", "date_text",
                   "date_certain", "location", "location_country", "latitude", "longitude", "sentence",
                   "trigger", "trigger_start", "trigger_end", "source_text", "target_text", "speaker",
                   "confidence", "pattern", "evidence", "outlet"]
ARTICLE_COLUMNS = ["id", "content_hash", "story_date", "title", "url", "outlet", "dateline_place",
                   "dateline_agency", "origin", "sentences", "events", "quotes", "text", "run_id", "undated"]
RUN_COLUMNS = ["id", "eventwire_version", "data_versions", "dictionaries", "dictionaries_versions", "model",
               "settings"]
QUOTE_COLUMNS = ["article_id", "ordinal", "sentence", "direct", "text", "start_char", "end_char", "speaker",
                 "person", "actor", "cue", "certain"]
PLACE_COLUMNS = ["article_id", "ordinal", "name", "country", "latitude", "longitude", "kind", "start_char",
                 "end_char"]
