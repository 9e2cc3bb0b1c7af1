-- 002-meetings: cells and the meetings they hold.
--
-- A unit is a node of the party tree (province → commune → cell), of any
-- depth; this migration creates only what a meeting needs: the cell, its
-- superior's name, and which quality rubric it uses.  A meeting is a run of
-- a checklist plugin (lesson_run) plus what it recorded.  Every list a
-- meeting records has a `key` chosen by the checklist, unique per meeting,
-- so that recording the same thing again (resume by replay) replaces it.

CREATE TABLE unit (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	parent_id TEXT REFERENCES unit (id),
	kind TEXT NOT NULL CHECK (kind IN ('province', 'commune', 'cell')),
	name TEXT NOT NULL CHECK (name <> ''),
	superior_name TEXT, -- e.g. "Đảng bộ xã …", shown in documents
	rubric_id TEXT NOT NULL DEFAULT 'hd42-100',
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

-- The cell a person's meetings belong to (the local profile's cell).
ALTER TABLE person ADD COLUMN unit_id TEXT REFERENCES unit (id);

CREATE TABLE meeting (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	unit_id TEXT NOT NULL REFERENCES unit (id),
	run_id TEXT NOT NULL UNIQUE REFERENCES lesson_run (id),
	type TEXT NOT NULL
		CHECK (type IN ('regular', 'thematic', 'combined', 'committee')),
	mode TEXT NOT NULL CHECK (mode IN ('live', 'rehearse')),
	status TEXT NOT NULL DEFAULT 'in_progress'
		CHECK (status IN ('in_progress', 'done', 'abandoned')),
	held_on TEXT NOT NULL, -- YYYY-MM-DD, local
	place TEXT,
	planned_start TEXT,
	planned_end TEXT,
	actual_start TEXT,
	actual_end TEXT,
	summoned_full INTEGER,
	summoned_probationary INTEGER,
	present_full INTEGER,
	present_probationary INTEGER,
	absent_excused INTEGER,
	absent_unexcused INTEGER,
	chair TEXT,
	minute_taker TEXT,
	topic TEXT,
	presenter TEXT,
	rubric_id TEXT,
	score INTEGER,
	band TEXT,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

-- One open live meeting per cell at a time.
CREATE UNIQUE INDEX meeting_one_open ON meeting (unit_id)
	WHERE status = 'in_progress' AND mode = 'live';
CREATE INDEX meeting_by_cell ON meeting (unit_id, held_on);

CREATE TABLE meeting_person (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	name TEXT,
	office TEXT, -- chức vụ (guests: e.g. "Phó Bí thư Đảng ủy xã")
	role TEXT NOT NULL CHECK (role IN ('present', 'absent_excused',
		'absent_unexcused', 'guest')),
	member TEXT CHECK (member IN ('full', 'probationary')),
	reason TEXT,
	UNIQUE (meeting_id, key)
) STRICT;

CREATE TABLE meeting_agenda (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	position INTEGER,
	title TEXT NOT NULL,
	UNIQUE (meeting_id, key)
) STRICT;

CREATE TABLE meeting_note (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	item TEXT,
	text TEXT NOT NULL,
	UNIQUE (meeting_id, key)
) STRICT;

CREATE TABLE meeting_decision (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	text TEXT NOT NULL,
	votes_for INTEGER,
	votes_against INTEGER,
	votes_abstain INTEGER,
	passed INTEGER CHECK (passed IN (0, 1)),
	UNIQUE (meeting_id, key)
) STRICT;

CREATE TABLE meeting_task (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	owner TEXT,
	what TEXT NOT NULL,
	deadline TEXT,
	UNIQUE (meeting_id, key)
) STRICT;

-- Last month's tasks followed up: task is the key of a task of the cell's
-- previous meeting (kept as text: that meeting may be on another device).
CREATE TABLE meeting_followup (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	task TEXT,
	what TEXT,
	done INTEGER CHECK (done IN (0, 1)),
	why TEXT,
	UNIQUE (meeting_id, key)
) STRICT;

-- Procedure checks, with their arithmetic ("12/15 có mặt = 80% ≥ 2/3").
CREATE TABLE meeting_check (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
	detail TEXT,
	UNIQUE (meeting_id, key)
) STRICT;

-- The quality sheet, one line per group of the rubric.
CREATE TABLE meeting_score (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	meeting_id TEXT NOT NULL REFERENCES meeting (id),
	key TEXT NOT NULL,
	title TEXT,
	points INTEGER,
	max INTEGER,
	UNIQUE (meeting_id, key)
) STRICT;
