-- 003-documents: the cell's own settings for its documents, and the
-- documents (resolutions, minutes) with their revisions.
--
-- A document is drafted by a template plugin's wizard (a lesson_run in mode
-- 'draft'); each finished wizard run saves a revision: the JSON object of
-- its answers.  Finalizing gives the number, per type and committee term,
-- and makes the document read-only.

ALTER TABLE unit ADD COLUMN issuer_code TEXT NOT NULL DEFAULT 'CB';
ALTER TABLE unit ADD COLUMN term TEXT;  -- the committee term, e.g. 2025-2027
ALTER TABLE unit ADD COLUMN place TEXT; -- for "Bản Cầu, ngày …"

CREATE TABLE document (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	unit_id TEXT NOT NULL REFERENCES unit (id),
	meeting_id TEXT REFERENCES meeting (id),
	template_id TEXT NOT NULL,
	type TEXT NOT NULL CHECK (type IN ('resolution', 'minutes')),
	code TEXT NOT NULL, -- NQ, BB: the type code of the number
	status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
	term TEXT,          -- set at finalize
	number INTEGER,     -- set at finalize
	run_id TEXT REFERENCES lesson_run (id), -- the latest wizard run
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	finalized_at TEXT
) STRICT;

-- No two finalized documents of a type and term share a number.
CREATE UNIQUE INDEX document_number ON document (unit_id, type, term, number)
	WHERE number IS NOT NULL;
CREATE INDEX document_by_cell ON document (unit_id, created_at);

CREATE TABLE document_revision (
	id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
	document_id TEXT NOT NULL REFERENCES document (id),
	n INTEGER NOT NULL,
	run_id TEXT NOT NULL REFERENCES lesson_run (id),
	data TEXT NOT NULL, -- JSON object: answer key → value
	created_at TEXT NOT NULL,
	UNIQUE (document_id, n)
) STRICT;
