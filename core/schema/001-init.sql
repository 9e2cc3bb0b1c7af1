-- 001-init: the first chibo schema.
--
-- Applied by store.c inside one BEGIN IMMEDIATE transaction, which then sets
-- PRAGMA user_version = 1 and inserts meta.device_id.
--
-- Rows that people create (person, lesson_run, answer, step_progress) have a
-- random UUID v4 TEXT key so that databases from different laptops merge
-- without collisions (SQLite session changesets); never an integer
-- autoincrement.  Times are UTC ISO-8601 ("2026-11-26T06:00:00Z").

-- 'CHIB': marks the file as a chibo database (see store_open()).
PRAGMA application_id = 1128810818; -- 0x43484942

-- Key/value facts about this database: app = 'chibo', device_id = the UUID
-- of the device that created it.
CREATE TABLE meta (
	key TEXT PRIMARY KEY NOT NULL,
	value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('app', 'chibo');

-- The local profile of a login.
CREATE TABLE person (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	login TEXT NOT NULL UNIQUE CHECK (login <> ''),
	display_name TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

-- One attempt of a person at a lesson (or a checklist), in some mode.
CREATE TABLE lesson_run (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	person_id TEXT NOT NULL REFERENCES person (id),
	lesson_id TEXT NOT NULL CHECK (length(lesson_id) BETWEEN 1 AND 127),
	lesson_version INTEGER NOT NULL,
	mode TEXT NOT NULL CHECK (mode <> ''), -- 'learn', 'test', 'rehearse', 'live'...
	status TEXT NOT NULL DEFAULT 'in_progress'
		CHECK (status IN ('in_progress', 'done', 'abandoned')),
	started_at TEXT NOT NULL,
	finished_at TEXT, -- NULL while unfinished
	updated_at TEXT NOT NULL
) STRICT;

-- store_run_find_open() and store_progress_each().
CREATE INDEX lesson_run_person_lesson
	ON lesson_run (person_id, lesson_id, status);

-- Answers of a run, by key ("<step id>.<key>").  value is the JSON of the
-- accepted answer, NULL while only failed attempts were recorded.
CREATE TABLE answer (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	run_id TEXT NOT NULL REFERENCES lesson_run (id) ON DELETE CASCADE,
	key TEXT NOT NULL,
	value TEXT CHECK (value IS NULL OR json_valid(value)),
	attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
	answered_at TEXT, -- when value was last accepted
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	UNIQUE (run_id, key)
) STRICT;

-- Time spent on, and completion of, each step of a run.
CREATE TABLE step_progress (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	run_id TEXT NOT NULL REFERENCES lesson_run (id) ON DELETE CASCADE,
	step_id TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('in_progress', 'done')),
	seconds REAL NOT NULL DEFAULT 0 CHECK (seconds >= 0),
	started_at TEXT NOT NULL,
	finished_at TEXT, -- NULL until done
	updated_at TEXT NOT NULL,
	UNIQUE (run_id, step_id)
) STRICT;

-- A per-device cache of lesson file metadata so that listing lessons does
-- not execute them.  Not user data: safe to empty at any time.
CREATE TABLE lesson_index (
	path TEXT PRIMARY KEY NOT NULL,
	mtime_ns INTEGER NOT NULL,
	size INTEGER NOT NULL,
	lesson_id TEXT, -- NULL when the file has an error
	version INTEGER NOT NULL DEFAULT 0,
	title TEXT,
	summary TEXT,
	minutes INTEGER NOT NULL DEFAULT 0,
	steps INTEGER NOT NULL DEFAULT 0,
	error TEXT -- NULL when the file is a valid lesson
) STRICT, WITHOUT ROWID;
