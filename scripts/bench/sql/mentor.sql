-- scripts/bench/sql/mentor.sql — the figures of the mentor dashboard
-- (`chibo mentor`) by hand, for scripts/bench/reports.sh: for each
-- secretary of a cell currently assigned to the mentor @login on @today —
-- lessons of the lesson index finished in learn mode; the last activity
-- (learn runs, their steps, the cell's live meetings and documents) as a
-- local date and the days since; regular and combined meetings done this
-- year; the band and day of the last meeting done; drafts whose newest
-- revision has no comment; the newest step failed three times or more
-- (not signed off) with its failures; meetings this month, thematic or
-- combined ones this quarter; unread comments.  Parameters: @login,
-- @today.
-- (`+lesson_id` and status IN (every status) let the planner take the
-- partial index of learn runs, lesson_run_learn.)
WITH d AS MATERIALIZED (
	SELECT @today AS today, substr(@today, 1, 4) || '-01-01' AS y0,
		substr(@today, 1, 7) || '-01' AS m0,
		printf('%s-%02d-01', substr(@today, 1, 4),
			(CAST(substr(@today, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1)
			AS q0),
les AS MATERIALIZED (
	SELECT DISTINCT lesson_id AS id FROM lesson_index
	WHERE lesson_id IS NOT NULL AND error IS NULL),
cell AS MATERIALIZED (
	SELECT DISTINCT u.id, u.name
	FROM person me JOIN mentor_assignment ma ON ma.mentor_id = me.id
	JOIN unit u ON u.id = ma.unit_id AND u.kind = 'cell', d
	WHERE me.login = @login AND ma.starts_on <= d.today
	AND (ma.ends_on IS NULL OR d.today <= ma.ends_on)
	AND (ma.ended_on IS NULL OR d.today < ma.ended_on)),
mentee AS MATERIALIZED (
	SELECT p.id AS pid, p.login, p.display_name AS pname, c.id AS cid,
		c.name AS cname,
		max(coalesce((SELECT max(updated_at) FROM lesson_run
			WHERE person_id = p.id AND mode = 'learn'
			AND status IN ('in_progress', 'done', 'abandoned')), ''),
		coalesce((SELECT max(sp.updated_at) FROM lesson_run lr
			JOIN step_progress sp ON sp.run_id = lr.id
			WHERE lr.person_id = p.id AND lr.mode = 'learn'
			AND lr.status IN ('in_progress', 'done', 'abandoned')), ''),
		coalesce((SELECT max(updated_at) FROM meeting
			WHERE unit_id = c.id AND mode = 'live'), ''),
		coalesce((SELECT max(updated_at) FROM document
			WHERE unit_id = c.id), '')) AS last
	FROM cell c JOIN person_role r ON r.unit_id = c.id
		AND r.role = 'secretary'
	JOIN person p ON p.id = r.person_id)
SELECT login, pname, cname,
	(SELECT count(DISTINCT lesson_id) FROM lesson_run
	 WHERE person_id = pid AND mode = 'learn' AND status = 'done'
	 AND +lesson_id IN les),
	CASE WHEN last = '' THEN '' ELSE date(last, 'localtime') END,
	CASE WHEN last = '' THEN -1 ELSE CAST(julianday(d.today)
		- julianday(date(last, 'localtime')) AS INTEGER) END,
	(SELECT count(*) FROM meeting WHERE unit_id = cid AND mode = 'live'
	 AND status = 'done' AND type IN ('regular', 'combined')
	 AND held_on >= d.y0 AND held_on <= d.today),
	(SELECT coalesce(band, '') || '|' || held_on FROM meeting
	 WHERE unit_id = cid AND mode = 'live' AND status = 'done'
	 AND type <> 'committee'
	 ORDER BY held_on DESC, created_at DESC LIMIT 1),
	(SELECT count(*) FROM document doc WHERE doc.unit_id = cid
	 AND doc.status = 'draft' AND NOT EXISTS (SELECT 1
		FROM document_revision v JOIN review_comment rc
		ON rc.revision_id = v.id WHERE v.document_id = doc.id
		AND v.n = (SELECT max(n) FROM document_revision
			WHERE document_id = doc.id))
	 AND EXISTS (SELECT 1 FROM document_revision
		WHERE document_id = doc.id)),
	(SELECT lr.lesson_id || ' › ' || substr(a.key, 1, instr(a.key, '.') - 1)
		|| '|' || (a.attempts - (a.value IS NOT NULL))
	 FROM lesson_run lr JOIN answer a ON a.run_id = lr.id
	 WHERE lr.person_id = pid AND lr.mode = 'learn'
	 AND lr.status <> 'abandoned'
	 AND a.attempts - (a.value IS NOT NULL) >= 3
	 AND NOT EXISTS (SELECT 1 FROM signoff WHERE run_id = lr.id)
	 ORDER BY a.updated_at DESC LIMIT 1),
	(SELECT count(*) FROM meeting WHERE unit_id = cid AND mode = 'live'
	 AND status <> 'abandoned' AND held_on >= d.m0
	 AND held_on <= d.today),
	(SELECT count(*) FROM meeting WHERE unit_id = cid AND mode = 'live'
	 AND status <> 'abandoned' AND type IN ('thematic', 'combined')
	 AND held_on >= d.q0 AND held_on <= d.today),
	(SELECT count(*) FROM review_comment WHERE person_id = pid
	 AND read_at IS NULL)
FROM mentee, d ORDER BY cname, pname, login;
