-- scripts/bench/sql/meetings.sql — the figures of `chibo report meetings`
-- by hand, for scripts/bench/reports.sh: per cell of the admin @login's
-- subtree, the finished live meetings of @year — regular (regular or
-- combined) against 12, thematic (thematic or combined) against 4,
-- committee — then the sums per commune and in total.  Parameters: @login,
-- @year.
WITH scope AS MATERIALIZED (
	SELECT c.id, c.name, c.code, c.parent_id
	FROM person p JOIN person_role r ON r.person_id = p.id
		AND r.role = 'admin'
	LEFT JOIN unit a ON a.id = r.unit_id
	JOIN unit c ON c.path >= coalesce(a.path, '/')
		AND c.path < coalesce(a.path, '/') || '~'
	WHERE p.login = @login AND c.kind = 'cell'),
n AS (
	SELECT m.unit_id,
		count(*) FILTER (WHERE m.type IN ('regular', 'combined')) AS r,
		count(*) FILTER (WHERE m.type IN ('thematic', 'combined')) AS t,
		count(*) FILTER (WHERE m.type = 'committee') AS c
	FROM meeting m
	WHERE m.mode = 'live' AND m.status = 'done'
	AND m.held_on BETWEEN @year || '-01-01' AND @year || '-12-31'
	AND m.unit_id IN (SELECT id FROM scope)
	GROUP BY m.unit_id),
cell AS MATERIALIZED (
	SELECT s.*, coalesce(n.r, 0) AS r, coalesce(n.t, 0) AS t,
		coalesce(n.c, 0) AS c
	FROM scope s LEFT JOIN n ON n.unit_id = s.id)
SELECT * FROM (
SELECT 2 AS level, g.name AS gname, g.code, c.name AS cname, c.code,
	c.r, 12, c.t, 4, c.c
FROM cell c LEFT JOIN unit g ON g.id = c.parent_id
UNION ALL
SELECT 1, g.name, g.code, NULL, NULL, sum(c.r), 12 * count(*), sum(c.t),
	4 * count(*), sum(c.c)
FROM cell c LEFT JOIN unit g ON g.id = c.parent_id GROUP BY c.parent_id
UNION ALL
SELECT 0, NULL, NULL, NULL, NULL, sum(r), 12 * count(*), sum(t),
	4 * count(*), sum(c) FROM cell
)
ORDER BY level = 0, gname, level, cname;
