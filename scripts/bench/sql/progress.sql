-- scripts/bench/sql/progress.sql — the figures of `chibo report progress`
-- by hand, for scripts/bench/reports.sh: per secretary of each cell of the
-- admin @login's subtree, the lessons of the lesson index (valid ones)
-- finished in learn mode and the local date of the last lesson activity
-- (a run's updated_at; an unfinished run's newest step); then per commune
-- and in total the secretaries, the lessons finished against the lessons
-- there are, and the latest activity.  Parameters: @login.
-- (`+lesson_id` and status IN (every status) let the planner take the
-- partial index of learn runs, lesson_run_learn, rather than look through
-- a secretary's meeting runs too.)
WITH les AS MATERIALIZED (
	SELECT DISTINCT lesson_id AS id FROM lesson_index
	WHERE lesson_id IS NOT NULL AND error IS NULL),
scope AS MATERIALIZED (
	SELECT c.id, c.name, c.code, c.parent_id
	FROM person p JOIN person_role r ON r.person_id = p.id
		AND r.role = 'admin'
	LEFT JOIN unit a ON a.id = r.unit_id
	JOIN unit c ON c.path >= coalesce(a.path, '/')
		AND c.path < coalesce(a.path, '/') || '~'
	WHERE p.login = @login AND c.kind = 'cell'),
sec AS MATERIALIZED (
	SELECT s.*, p.id AS pid, p.display_name AS pname,
		(SELECT count(DISTINCT lr.lesson_id) FROM lesson_run lr
		 WHERE lr.person_id = p.id AND lr.mode = 'learn'
		 AND lr.status = 'done' AND +lr.lesson_id IN les) AS done,
		date(max((SELECT max(lr.updated_at) FROM lesson_run lr
			WHERE lr.person_id = p.id AND lr.mode = 'learn'
			AND lr.status IN ('in_progress', 'done', 'abandoned')),
			coalesce((SELECT max(sp.updated_at) FROM lesson_run lr
			JOIN step_progress sp ON sp.run_id = lr.id
			WHERE lr.person_id = p.id AND lr.mode = 'learn'
			AND lr.status = 'in_progress'), '')), 'localtime')
			AS last
	FROM scope s
	LEFT JOIN person_role r ON r.role = 'secretary' AND r.unit_id = s.id
	LEFT JOIN person p ON p.id = r.person_id)
SELECT * FROM (
SELECT 2 AS level, g.name AS gname, g.code, s.name AS cname, s.code,
	s.pname, s.pid IS NOT NULL, s.done,
	CASE WHEN s.pid IS NOT NULL THEN (SELECT count(*) FROM les) END,
	s.last
FROM sec s LEFT JOIN unit g ON g.id = s.parent_id
UNION ALL
SELECT 1, g.name, g.code, NULL, NULL, NULL, count(s.pid), sum(s.done),
	count(s.pid) * (SELECT count(*) FROM les), max(s.last)
FROM sec s LEFT JOIN unit g ON g.id = s.parent_id GROUP BY s.parent_id
UNION ALL
SELECT 0, NULL, NULL, NULL, NULL, NULL, count(pid), sum(done),
	count(pid) * (SELECT count(*) FROM les), max(last) FROM sec
)
ORDER BY level = 0, gname, level, cname, pname;
