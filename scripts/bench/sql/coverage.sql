-- scripts/bench/sql/coverage.sql — the figures of `chibo report coverage`
-- by hand, for scripts/bench/reports.sh: the cells of the admin @login's
-- subtree (every cell when their admin role has no unit), each with its
-- mentors current on @today (names, earliest assigned first; covered when
-- any), then per commune and in total the covered cells over all cells.
-- "Current" as in core/schema/004-mentoring.sql.  Parameters: @login,
-- @today.
WITH scope AS MATERIALIZED (
	SELECT c.id, c.name, c.code, c.parent_id
	FROM person p JOIN person_role r ON r.person_id = p.id
		AND r.role = 'admin'
	LEFT JOIN unit a ON a.id = r.unit_id
	JOIN unit c ON c.path >= coalesce(a.path, '/')
		AND c.path < coalesce(a.path, '/') || '~'
	WHERE p.login = @login AND c.kind = 'cell'),
m AS (
	SELECT unit_id, group_concat(name, ', ') AS names FROM (
		SELECT ma.unit_id, p.display_name AS name
		FROM scope s JOIN mentor_assignment ma ON ma.unit_id = s.id
		JOIN person p ON p.id = ma.mentor_id
		WHERE ma.starts_on <= @today
		AND (ma.ends_on IS NULL OR @today <= ma.ends_on)
		AND (ma.ended_on IS NULL OR @today < ma.ended_on)
		ORDER BY ma.unit_id, ma.starts_on)
	GROUP BY unit_id),
cell AS MATERIALIZED (
	SELECT s.*, m.names AS mentors
	FROM scope s LEFT JOIN m ON m.unit_id = s.id)
SELECT * FROM (
SELECT 2 AS level, g.name AS gname, g.code, c.name AS cname, c.code,
	c.mentors IS NOT NULL, 1, c.mentors
FROM cell c LEFT JOIN unit g ON g.id = c.parent_id
UNION ALL
SELECT 1, g.name, g.code, NULL, NULL, count(c.mentors), count(*), NULL
FROM cell c LEFT JOIN unit g ON g.id = c.parent_id GROUP BY c.parent_id
UNION ALL
SELECT 0, NULL, NULL, NULL, NULL, count(mentors), count(*), NULL FROM cell
)
ORDER BY level = 0, gname, level, cname;
