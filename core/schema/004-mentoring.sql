-- 004-mentoring: the unit tree with its terms, accounts and roles, mentor
-- assignments, review (comments, sign-offs) and the audit log.
--
-- The unit tree has any depth (province → commune → cell, or a commune
-- under a commune); `path` lists the ids from the root down to the unit
-- ("/<root id>/<…>/<id>/"), maintained by the store on add and move, so
-- that "the subtree of U" is an index range: path >= U.path AND
-- path < U.path || '~' (ids and '/' sort below '~').
--
-- Access (access.c) is decided from person_role and mentor_assignment:
-- a secretary sees their cell, a mentor the cells currently assigned to
-- them, an admin the subtree of the unit of their admin role (all units when
-- that unit is NULL).

ALTER TABLE unit ADD COLUMN code TEXT CHECK (code IS NULL OR code <> '');
ALTER TABLE unit ADD COLUMN path TEXT NOT NULL DEFAULT '';
-- Cells created before this migration were roots.
UPDATE unit SET path = '/' || id || '/';
CREATE UNIQUE INDEX unit_code ON unit (code) WHERE code IS NOT NULL;
CREATE INDEX unit_path ON unit (path);
CREATE INDEX unit_parent ON unit (parent_id, kind, name);

-- Terms (nhiệm kỳ) of a unit's committee.  Dates are YYYY-MM-DD, local,
-- both inclusive.
CREATE TABLE term (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	unit_id TEXT NOT NULL REFERENCES unit (id),
	name TEXT NOT NULL CHECK (name <> ''), -- e.g. "2025–2027"
	starts_on TEXT NOT NULL,
	ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	UNIQUE (unit_id, starts_on)
) STRICT;

-- Accounts.  passphrase is a crypto_pwhash_str (argon2id) string; NULL is
-- a local profile without an account (it reaches only its own data).
-- After repeated failures the account is locked until locked_until (UTC).
ALTER TABLE person ADD COLUMN passphrase TEXT;
ALTER TABLE person ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE person ADD COLUMN locked_until TEXT;
CREATE INDEX person_unit ON person (unit_id);

-- What a person is: secretary of a cell (unit_id: the cell), mentor (a
-- commune cadre; unit_id: the commune they work for), admin of the commune
-- office (unit_id: the subtree administered, NULL: every unit).  A person
-- may hold several.
CREATE TABLE person_role (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	person_id TEXT NOT NULL REFERENCES person (id),
	role TEXT NOT NULL CHECK (role IN ('secretary', 'mentor', 'admin')),
	unit_id TEXT REFERENCES unit (id),
	created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX person_role_one
	ON person_role (person_id, role, ifnull(unit_id, ''));
CREATE INDEX person_role_by_unit ON person_role (role, unit_id);

-- Profiles that already had a cell are its secretary.
INSERT INTO person_role (id, person_id, role, unit_id, created_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
	|| substr(lower(hex(randomblob(2))), 2) || '-'
	|| substr('89ab', 1 + (abs(random()) % 4), 1)
	|| substr(lower(hex(randomblob(2))), 2) || '-'
	|| lower(hex(randomblob(6))),
	p.id, 'secretary', p.unit_id, p.updated_at
FROM person p JOIN unit u ON u.id = p.unit_id AND u.kind = 'cell';

-- Logged-in sessions: the hash of a random token kept in a 0600 file of the
-- user's state directory, so that one passphrase serves a working session.
CREATE TABLE session (
	token_hash TEXT PRIMARY KEY NOT NULL,
	person_id TEXT NOT NULL REFERENCES person (id),
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- A commune cadre (mentor_id) in a cell's committee (unit_id) for a term.
-- Current on day D: starts_on <= D, (ends_on IS NULL OR D <= ends_on) and
-- (ended_on IS NULL OR D < ended_on).  Unassigning sets ended_on; rows are
-- never deleted (history).
CREATE TABLE mentor_assignment (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	mentor_id TEXT NOT NULL REFERENCES person (id),
	unit_id TEXT NOT NULL REFERENCES unit (id),
	term_id TEXT REFERENCES term (id),
	committee_role TEXT NOT NULL CHECK (committee_role <> ''),
	starts_on TEXT NOT NULL,
	ends_on TEXT CHECK (ends_on IS NULL OR ends_on >= starts_on),
	ended_on TEXT,
	assigned_by TEXT REFERENCES person (id),
	ended_by TEXT REFERENCES person (id),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX mentor_assignment_open
	ON mentor_assignment (mentor_id, unit_id) WHERE ended_on IS NULL;
CREATE INDEX mentor_assignment_by_unit
	ON mentor_assignment (unit_id, starts_on, ends_on, ended_on);
CREATE INDEX mentor_assignment_by_mentor
	ON mentor_assignment (mentor_id, unit_id);

-- A mentor's comment on a mentee's step (run_id + step_id), lesson
-- (run_id), meeting or draft revision.  read_at: when the mentee saw it.
CREATE TABLE review_comment (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	author_id TEXT NOT NULL REFERENCES person (id),
	person_id TEXT NOT NULL REFERENCES person (id), -- the mentee
	target TEXT NOT NULL
		CHECK (target IN ('step', 'lesson', 'meeting', 'revision')),
	run_id TEXT REFERENCES lesson_run (id),
	step_id TEXT,
	meeting_id TEXT REFERENCES meeting (id),
	revision_id TEXT REFERENCES document_revision (id),
	body TEXT NOT NULL CHECK (body <> ''),
	created_at TEXT NOT NULL,
	read_at TEXT
) STRICT;
CREATE INDEX review_comment_by_person
	ON review_comment (person_id, read_at, created_at);
CREATE INDEX review_comment_by_revision ON review_comment (revision_id);

-- A mentor's sign-off of a finished lesson run or meeting.  Signed-off
-- records are locked (the triggers below).
CREATE TABLE signoff (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	mentor_id TEXT NOT NULL REFERENCES person (id),
	run_id TEXT UNIQUE REFERENCES lesson_run (id),
	meeting_id TEXT UNIQUE REFERENCES meeting (id),
	created_at TEXT NOT NULL,
	CHECK ((run_id IS NULL) <> (meeting_id IS NULL))
) STRICT;

CREATE TRIGGER signoff_lock_run BEFORE UPDATE ON lesson_run
WHEN EXISTS (SELECT 1 FROM signoff WHERE run_id = OLD.id)
  OR EXISTS (SELECT 1 FROM signoff s JOIN meeting m ON m.id = s.meeting_id
	     WHERE m.run_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'chibo: signed off'); END;

CREATE TRIGGER signoff_lock_answer_insert BEFORE INSERT ON answer
WHEN EXISTS (SELECT 1 FROM signoff WHERE run_id = NEW.run_id)
  OR EXISTS (SELECT 1 FROM signoff s JOIN meeting m ON m.id = s.meeting_id
	     WHERE m.run_id = NEW.run_id)
BEGIN SELECT RAISE(ABORT, 'chibo: signed off'); END;

CREATE TRIGGER signoff_lock_answer_update BEFORE UPDATE ON answer
WHEN EXISTS (SELECT 1 FROM signoff WHERE run_id = OLD.run_id)
  OR EXISTS (SELECT 1 FROM signoff s JOIN meeting m ON m.id = s.meeting_id
	     WHERE m.run_id = OLD.run_id)
BEGIN SELECT RAISE(ABORT, 'chibo: signed off'); END;

CREATE TRIGGER signoff_lock_meeting BEFORE UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM signoff WHERE meeting_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'chibo: signed off'); END;

-- Who did what to other people's data: assignments, sign-offs, role and
-- account changes, lockouts.  detail is a JSON object.
CREATE TABLE audit (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	at TEXT NOT NULL,
	actor_id TEXT REFERENCES person (id), -- NULL: chibo itself
	action TEXT NOT NULL CHECK (action <> ''),
	subject TEXT,
	detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
) STRICT;
CREATE INDEX audit_at ON audit (at);

-- Reports read finished live meetings by year.
CREATE INDEX meeting_report ON meeting (unit_id, held_on, type, band)
	WHERE mode = 'live' AND status = 'done';
CREATE INDEX document_status ON document (unit_id, status);
-- Reports and the dashboard read a person's learn runs (lessons done, last
-- activity) without touching their meeting and draft runs.
CREATE INDEX lesson_run_learn
	ON lesson_run (person_id, status, lesson_id, updated_at)
	WHERE mode = 'learn';
