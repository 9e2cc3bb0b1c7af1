-- scripts/bench/sql/quality.sql — the figures of `chibo report quality` by
-- hand, for scripts/bench/reports.sh: per commune of the admin @login's
-- subtree and in total, the finished live meetings of @year by quality
-- band (regular and combined ones, and thematic ones that were scored; not
-- committee meetings; '' unscored), every commune listed.  Parameters:
-- @login, @year.
WITH scope AS MATERIALIZED (
	SELECT c.id, c.parent_id
	FROM person p JOIN person_role r ON r.person_id = p.id
		AND r.role = 'admin'
	LEFT JOIN unit a ON a.id = r.unit_id
	JOIN unit c ON c.path >= coalesce(a.path, '/')
		AND c.path < coalesce(a.path, '/') || '~'
	WHERE p.login = @login AND c.kind = 'cell'),
b AS MATERIALIZED (
	SELECT s.parent_id AS gid, coalesce(m.band, '') AS band,
		count(*) AS n
	FROM scope s JOIN meeting m ON m.unit_id = s.id
	WHERE m.mode = 'live' AND m.status = 'done'
	AND m.held_on BETWEEN @year || '-01-01' AND @year || '-12-31'
	AND m.type <> 'committee'
	AND (m.type <> 'thematic' OR m.band IS NOT NULL)
	GROUP BY 1, 2
	UNION ALL
	SELECT DISTINCT parent_id, '', 0 FROM scope)
SELECT * FROM (
SELECT 1 AS level, g.name AS gname, g.code, b.band, sum(b.n)
FROM b LEFT JOIN unit g ON g.id = b.gid GROUP BY b.gid, b.band
UNION ALL
SELECT 0, NULL, NULL, band, sum(n) FROM b GROUP BY band
)
ORDER BY level = 0, gname, band;
