-- scripts/demo/people.sql — people, their roles and the mentor
-- assignments with their history.  Parameters and macros: see units.sql.
--
-- Every cell has a secretary (role secretary on the cell, person.unit_id the
-- cell).  Each commune has mentors — commune cadres, role mentor on the
-- commune — who each follow 1–3 of its cells now (groups of 3, 2, 3, 1, 2,
-- 3 cells in turn), plus one without a cell now in communes of ten cells or
-- more; an office admin (role admin on the commune); each province an admin
-- on the province; the country size also a central admin of every unit.
--
-- Logins: bt-<cell code>, hd-<commune code>-NN, vp-<commune code>,
-- vp-<province code>, vp-tw (lower case: bt-ls-x001-c01, hd-ls-x001-01).

-- Numbers 0 … 999 for joins.
CREATE TEMP TABLE g_n (n INTEGER PRIMARY KEY);
WITH RECURSIVE r (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r
	WHERE n < 999)
INSERT INTO g_n (n) SELECT n FROM r;

-- The mentor of a covered cell: its covered ordinal j in the commune,
-- shifted by an offset per commune, mapped through the repeating group
-- sizes 3, 2, 3, 1, 2, 3 (14 cells, 6 mentors).
CREATE TEMP TABLE g_lut (r INTEGER PRIMARY KEY, g INTEGER NOT NULL);
INSERT INTO g_lut (r, g) VALUES (0, 0), (1, 0), (2, 0), (3, 1), (4, 1),
	(5, 2), (6, 2), (7, 2), (8, 3), (9, 4), (10, 4), (11, 5), (12, 5),
	(13, 5);
ALTER TABLE g_cell ADD COLUMN m INTEGER;
WITH cov AS (
	SELECT x, c, row_number() OVER (PARTITION BY c ORDER BY k) - 1
		+ RND(c, 24) % 14 AS j, RND(c, 24) % 14 AS o
	FROM g_cell WHERE covered)
UPDATE g_cell SET m = (cov.j / 14) * 6 + lj.g - (cov.o / 14) * 6 - lo.g
FROM cov JOIN g_lut AS lj ON lj.r = cov.j % 14
JOIN g_lut AS lo ON lo.r = cov.o % 14
WHERE cov.x = g_cell.x;

ALTER TABLE g_comm ADD COLUMN nm INTEGER;
UPDATE g_comm SET nm = coalesce((SELECT max(m) + 1 FROM g_cell
	WHERE g_cell.c = g_comm.c), 0) + (ncells >= 10);

-- ---- people ----------------------------------------------------------------
-- n: the person's key (UUID(32, n)); kind 1 secretary (key x), 2 mentor
-- (key c, m), 3 commune admin (key c), 4 province admin (key p),
-- 5 central admin.
CREATE TEMP TABLE g_person (n INTEGER PRIMARY KEY, kind INTEGER NOT NULL,
	key INTEGER NOT NULL, m INTEGER, uid TEXT, login TEXT, sex INTEGER,
	name TEXT, unit_id TEXT, role_unit TEXT);
INSERT INTO g_person (kind, key, login, sex, unit_id, role_unit)
SELECT 1, x, 'bt-' || lower(code), RND(x, 25) % 100 < 25, uid, uid
FROM g_cell ORDER BY x;
INSERT INTO g_person (kind, key, m, login, sex, role_unit)
SELECT 2, c, n, 'hd-' || lower(code) || '-' || printf('%02d', n + 1),
	RND(c*1000+n, 26) % 100 < 45, uid
FROM g_comm JOIN g_n ON g_n.n < g_comm.nm ORDER BY c, n;
INSERT INTO g_person (kind, key, login, sex, role_unit)
SELECT 3, c, 'vp-' || lower(code), RND(c, 27) % 100 < 60, uid
FROM g_comm ORDER BY c;
INSERT INTO g_person (kind, key, login, sex, role_unit)
SELECT 4, p, 'vp-' || lower(code), RND(p, 28) % 100 < 60, uid
FROM g_prov ORDER BY p;
INSERT INTO g_person (kind, key, login, sex, role_unit)
SELECT 5, 0, 'vp-tw', 1, NULL WHERE @n_prov > 1;
CREATE INDEX g_person_key ON g_person (kind, key, m);

-- Full names: họ, tên đệm and tên by sex from one pseudo-random number.
CREATE TEMP TABLE d_count AS
SELECT sex, (SELECT count(*) FROM d_ho) AS nho,
	(SELECT count(*) FROM d_dem AS d WHERE d.sex = s.sex) AS ndem,
	(SELECT count(*) FROM d_ten AS t WHERE t.sex = s.sex) AS nten
FROM (SELECT 0 AS sex UNION ALL SELECT 1) AS s;
UPDATE g_person SET uid = UUID(32, n),
	name = (SELECT h.w || ' ' || d.w || ' ' || t.w
		FROM d_count AS k, d_ho AS h, d_dem AS d, d_ten AS t
		WHERE k.sex = g_person.sex
		AND h.i = 1 + RND(g_person.n, 29) % k.nho
		AND d.sex = k.sex AND d.i = 1 + RND(g_person.n, 29) / 64 % k.ndem
		AND t.sex = k.sex AND t.i = 1 + RND(g_person.n, 29) / 8192 % k.nten);

-- The cell's deputy (phó bí thư), who takes the minutes.
ALTER TABLE g_cell ADD COLUMN deputy TEXT;
UPDATE g_cell SET deputy = (SELECT h.w || ' ' || d.w || ' ' || t.w
	FROM d_count AS k, d_ho AS h, d_dem AS d, d_ten AS t
	WHERE k.sex = RND(x, 30) % 2
	AND h.i = 1 + RND(x, 31) % k.nho
	AND d.sex = k.sex AND d.i = 1 + RND(x, 31) / 64 % k.ndem
	AND t.sex = k.sex AND t.i = 1 + RND(x, 31) / 8192 % k.nten);

INSERT INTO person (id, login, display_name, created_at, updated_at,
	unit_id)
SELECT uid, login, name, w.created, w.created, unit_id
FROM g_person, g_when AS w ORDER BY n;

INSERT INTO person_role (id, person_id, role, unit_id, created_at)
SELECT UUID(33, n), uid, CASE kind WHEN 1 THEN 'secretary'
	WHEN 2 THEN 'mentor' ELSE 'admin' END, role_unit, w.created
FROM g_person, g_when AS w ORDER BY n;

-- ---- mentor assignments ----------------------------------------------------
-- (CROSS JOIN keeps the join order: left to itself, the planner starts
-- from the mentors and takes minutes at the country size.)
-- a: 0 current (covered cells: from the term's start, or for 30 % from a
-- later day); 1 replaced (half of those late starts followed another
-- mentor, unassigned on the day the new one started); 2 dropped (40 % of
-- the cells without a mentor now had one for part of this term); 3, 4 the
-- previous two cell terms (80 %, 50 % of the cells), ended the day after
-- the term's end when the next term's assignment was made.
CREATE TEMP TABLE g_assign (n INTEGER PRIMARY KEY, x INTEGER NOT NULL,
	m INTEGER NOT NULL, a INTEGER NOT NULL, t INTEGER NOT NULL,
	starts_on TEXT NOT NULL, ends_on TEXT, ended_on TEXT,
	role TEXT NOT NULL);
WITH cur AS (
	SELECT x.x, x.c, x.m, x.covered, c.nm, t.t, t.starts_on AS s,
		t.ends_on AS e,
		CASE WHEN RND(x.x, 40) % 100 < 70 THEN t.starts_on
		ELSE max(t.starts_on, min(date(t.starts_on, '+'
			|| (20 + RND(x.x, 41) % 300) || ' days'),
			date(@until, '-7 days'))) END AS start,
		CASE WHEN RND(x.x, 42) % 100 < 20 THEN 'phó bí thư'
		ELSE 'chi ủy viên' END AS role
	FROM g_cell AS x JOIN g_comm AS c ON c.c = x.c, g_cterm AS t
	WHERE t.age = 0),
prev AS (
	SELECT x.x, x.m, x.covered, c.nm, t.t, t.age, t.starts_on AS s,
		t.ends_on AS e
	FROM g_cell AS x JOIN g_comm AS c ON c.c = x.c, g_cterm AS t
	WHERE t.age IN (1, 2) AND c.nm > 0
	AND RND(x.x*4+t.age, 50) % 100 < CASE t.age WHEN 1 THEN 80 ELSE 50 END)
INSERT INTO g_assign (x, m, a, t, starts_on, ends_on, ended_on, role)
SELECT x, m, a, t, starts_on, ends_on, ended_on, role FROM (
	SELECT x, m, 0 AS a, t, start AS starts_on, e AS ends_on,
		NULL AS ended_on, role FROM cur WHERE covered
	UNION ALL
	SELECT x, (m + 1) % nm, 1, t, s, e, start, 'chi ủy viên' FROM cur
	WHERE covered AND start > s AND nm >= 2 AND RND(x, 43) % 2 = 0
	UNION ALL
	SELECT x, RND(x, 45) % nm, 2, t, s, e,
		min(date(s, '+' || (60 + RND(x, 47) % 300) || ' days'), @until),
		'chi ủy viên'
	FROM cur WHERE NOT covered AND nm >= 1 AND RND(x, 44) % 100 < 40
	AND date(s, '+60 days') < @until
	UNION ALL
	SELECT x, CASE WHEN covered AND RND(x*4+age, 51) % 2 = 0 THEN m
		ELSE RND(x*4+age, 52) % nm END, 2 + age, t,
		date(s, '+' || (RND(x*4+age, 53) % 30) || ' days'), e,
		date(e, '+1 day'),
		CASE WHEN RND(x*4+age, 54) % 100 < 20 THEN 'phó bí thư'
		ELSE 'chi ủy viên' END
	FROM prev)
ORDER BY x, starts_on, a;

INSERT INTO mentor_assignment (id, mentor_id, unit_id, term_id,
	committee_role, starts_on, ends_on, ended_on, assigned_by, ended_by,
	created_at, updated_at)
SELECT UUID(34, g.n), mp.uid, x.uid, UUID(18, g.x*64+g.t), g.role,
	g.starts_on, g.ends_on, g.ended_on, ap.uid,
	CASE WHEN g.ended_on IS NOT NULL THEN ap.uid END,
	g.starts_on || 'T02:00:00Z',
	coalesce(g.ended_on, g.starts_on) || 'T02:00:00Z'
FROM g_assign AS g CROSS JOIN g_cell AS x ON x.x = g.x
CROSS JOIN g_person AS mp ON mp.kind = 2 AND mp.key = x.c AND mp.m = g.m
CROSS JOIN g_person AS ap ON ap.kind = 3 AND ap.key = x.c
ORDER BY g.n;
