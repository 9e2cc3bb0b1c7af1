-- scripts/demo/units.sql — the unit tree and its terms: provinces
-- (Tỉnh ủy / Thành ủy), communes (Xã / Phường) and village cells (Chi bộ
-- thôn … / Chi bộ tổ dân phố N), with codes (LS, LS-X001, LS-X001-C01) and
-- paths ("/<province id>/<commune id>/<cell id>/", see 004-mentoring.sql).
--
-- Run by scripts/demo-data.sh after names.sql, with its parameters (@seed,
-- @until, @months, @n_prov, @comm_min, @comm_span, @cell_min, @cell_span,
-- @phuong_pct) and its two macros, expanded before SQLite reads this:
--   RND(k, salt)  a pseudo-random integer in [0, 2147483629) from the
--                 integer k, a salt per use and @seed;
--   UUID(tag, n)  a 36-character id, unique per (tag, n), its first eight
--                 hex digits a bijective hash of n (so prefixes differ).
-- Macro arguments hold no parentheses or commas.
--
-- The temp tables g_* keep the integer keys and the picks that later files
-- reuse: g_prov (p), g_comm (c), g_cell (x), g_term.

-- The months of the data, oldest first (mi = 0 … @months - 1), the last one
-- the month of @until.
CREATE TEMP TABLE g_month (mi INTEGER PRIMARY KEY, first TEXT NOT NULL,
	q INTEGER NOT NULL, qpos INTEGER NOT NULL);
WITH RECURSIVE m (mi) AS (SELECT 0 UNION ALL SELECT mi + 1 FROM m
	WHERE mi + 1 < @months)
INSERT INTO g_month (mi, first, q, qpos)
SELECT mi, d, CAST(strftime('%Y', d) AS INTEGER) * 4
	+ (CAST(strftime('%m', d) AS INTEGER) - 1) / 3,
	(CAST(strftime('%m', d) AS INTEGER) - 1) % 3
FROM (SELECT mi, date(@until, 'start of month',
	'-' || (@months - 1 - mi) || ' months') AS d FROM m);

-- When the units and people were entered: a month before the data.
CREATE TEMP TABLE g_when AS
SELECT (SELECT first FROM g_month WHERE mi = 0) AS since,
	date((SELECT first FROM g_month WHERE mi = 0), '-1 month')
		|| 'T02:00:00Z' AS created;

-- ---- provinces ---------------------------------------------------------
CREATE TEMP TABLE g_prov (p INTEGER PRIMARY KEY, uid TEXT NOT NULL,
	code TEXT NOT NULL, city INTEGER NOT NULL, place TEXT NOT NULL,
	ncomm INTEGER NOT NULL);
INSERT INTO g_prov (p, uid, code, city, place, ncomm)
SELECT i, UUID(1, i), code, city, w,
	@comm_min + RND(i, 11) % @comm_span
FROM d_tinh WHERE i <= @n_prov;

-- ---- communes ------------------------------------------------------------
-- k: the commune's number in its province; its name is the k-th of a walk
-- with stride 37 (coprime with 400) through the 400 names from an offset
-- per province, so no two communes of a province share a name.
CREATE TEMP TABLE g_comm (c INTEGER PRIMARY KEY, p INTEGER NOT NULL,
	k INTEGER NOT NULL, uid TEXT, phuong INTEGER NOT NULL, place TEXT,
	code TEXT, ncells INTEGER, cov INTEGER);
WITH RECURSIVE n (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n
	WHERE k < (SELECT max(ncomm) FROM g_prov))
INSERT INTO g_comm (p, k, phuong)
SELECT p, k, RND(p*1000+k, 12) % 100 < @phuong_pct
FROM g_prov JOIN n ON n.k <= g_prov.ncomm ORDER BY p, k;

UPDATE g_comm SET uid = UUID(2, c),
	place = (SELECT a.w || ' ' || b.w FROM d_xa1 AS a, d_xa2 AS b
		 WHERE a.i = 1 + j / 20 AND b.i = 1 + j % 20),
	code = (SELECT code FROM g_prov WHERE g_prov.p = g_comm.p)
		|| CASE phuong WHEN 1 THEN '-P' ELSE '-X' END
		|| printf('%03d', k),
	ncells = @cell_min + RND(c, 13) % @cell_span,
	-- the share of cells with a mentor now: 70–100 %, 85 % on average
	cov = 70 + RND(c, 14) % 31
FROM (SELECT c AS cc, (k * 37 + RND(p, 15) % 400) % 400 AS j FROM g_comm)
WHERE cc = c;

-- ---- cells -----------------------------------------------------------------
-- A xã's cells are villages (the k-th of a walk through the 61 names with a
-- stride per commune), a phường's are residential groups (tổ dân phố k).
-- full/prob: full and probationary members; strength: how well the cell
-- usually does (66–99), which drives its meeting scores and missed months;
-- covered: it has a mentor now.
CREATE TEMP TABLE g_cell (x INTEGER PRIMARY KEY, c INTEGER NOT NULL,
	k INTEGER NOT NULL, uid TEXT, name TEXT, place TEXT, code TEXT,
	full INTEGER, prob INTEGER, strength INTEGER, covered INTEGER,
	day0 INTEGER, start TEXT);
WITH RECURSIVE n (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n
	WHERE k < (SELECT max(ncells) FROM g_comm))
INSERT INTO g_cell (c, k)
SELECT c, n.k FROM g_comm JOIN n ON n.k <= g_comm.ncells ORDER BY c, n.k;
CREATE INDEX g_cell_c ON g_cell (c, k);

UPDATE g_cell SET uid = UUID(3, x),
	name = 'Chi bộ ' || CASE phuong WHEN 1 THEN 'tổ dân phố ' || k
		ELSE (SELECT w FROM d_thon WHERE i = 1 + (k * (1 + RND(c, 16) % 60)
			+ RND(c, 17) % 61) % 61) END,
	place = CASE phuong WHEN 1 THEN 'hội trường tổ dân phố ' || k
		ELSE 'nhà văn hóa ' || (SELECT w FROM d_thon WHERE i = 1
			+ (k * (1 + RND(c, 16) % 60) + RND(c, 17) % 61) % 61)
		END,
	code = ccode || '-C' || printf('%02d', k),
	full = 6 + RND(x, 18) % 30,
	prob = RND(x, 19) % 4,
	strength = 66 + RND(x, 20) % 34,
	covered = RND(x, 21) % 100 < cov,
	day0 = 3 + RND(x, 22) % 20,
	start = CASE RND(x, 23) % 3 WHEN 0 THEN '08:00' WHEN 1 THEN '14:00'
		ELSE '19:30' END
FROM (SELECT c AS cc, phuong, code AS ccode, cov FROM g_comm)
WHERE cc = c;

-- ---- terms -------------------------------------------------------------------
-- A province's and a commune's committee serve five years (2020–2025,
-- 2025–2030); a cell holds its congress twice in that time, so its terms
-- are about two and a half years (2020–2022, 2022–2025, 2025–2027, …).
-- Only the terms that meet the data's months are made.  lvl: 1 province,
-- 2 commune, 3 cell; t: the term's place in g_term (UUID key).
CREATE TEMP TABLE g_term (t INTEGER PRIMARY KEY, lvl INTEGER NOT NULL,
	name TEXT NOT NULL, starts_on TEXT NOT NULL, ends_on TEXT NOT NULL);
WITH RECURSIVE b (y) AS (SELECT 2000 UNION ALL SELECT y + 5 FROM b
	WHERE y < 2100)
INSERT INTO g_term (lvl, name, starts_on, ends_on)
SELECT lvl, name, s, e FROM (
	SELECT 1 AS lvl, y || '–' || (y + 5) AS name, y || '-10-01' AS s,
		(y + 5) || '-09-30' AS e, y, 0 AS h FROM b
	UNION ALL
	SELECT 2, y || '–' || (y + 5), y || '-07-01', (y + 5) || '-06-30',
		y, 0 FROM b
	UNION ALL
	SELECT 3, y || '–' || (y + 2), y || '-04-01', (y + 2) || '-06-30',
		y, 0 FROM b
	UNION ALL
	SELECT 3, (y + 2) || '–' || (y + 5), (y + 2) || '-07-01',
		(y + 5) || '-03-31', y, 1 FROM b)
WHERE s <= @until AND e >= (SELECT since FROM g_when)
ORDER BY lvl, s;

-- The cell terms by age: 0 the current one (holding @until), 1 the one
-- before, …
CREATE TEMP TABLE g_cterm AS
SELECT t, name, starts_on, ends_on,
	row_number() OVER (ORDER BY starts_on DESC) - 1 AS age
FROM g_term WHERE lvl = 3;

-- ---- the units ---------------------------------------------------------------
INSERT INTO unit (id, parent_id, kind, name, superior_name, rubric_id,
	created_at, updated_at, issuer_code, term, place, code, path)
SELECT uid, NULL, 'province',
	CASE city WHEN 1 THEN 'Thành ủy ' ELSE 'Tỉnh ủy ' END || place,
	NULL, 'hd42-100', w.created, w.created, 'TU',
	(SELECT replace(name, '–', '-') FROM g_term WHERE lvl = 1
	 AND starts_on <= @until AND ends_on >= @until),
	place, code, '/' || uid || '/'
FROM g_prov, g_when AS w ORDER BY p;

INSERT INTO unit (id, parent_id, kind, name, superior_name, rubric_id,
	created_at, updated_at, issuer_code, term, place, code, path)
SELECT c.uid, p.uid, 'commune',
	CASE c.phuong WHEN 1 THEN 'Phường ' ELSE 'Xã ' END || c.place,
	'Đảng bộ ' || CASE p.city WHEN 1 THEN 'thành phố ' ELSE 'tỉnh ' END
		|| p.place,
	'hd42-100', w.created, w.created, 'ĐU',
	(SELECT replace(name, '–', '-') FROM g_term WHERE lvl = 2
	 AND starts_on <= @until AND ends_on >= @until),
	c.place, c.code, '/' || p.uid || '/' || c.uid || '/'
FROM g_comm AS c JOIN g_prov AS p ON p.p = c.p, g_when AS w ORDER BY c.c;

INSERT INTO unit (id, parent_id, kind, name, superior_name, rubric_id,
	created_at, updated_at, issuer_code, term, place, code, path)
SELECT x.uid, c.uid, 'cell', x.name,
	'Đảng bộ ' || CASE c.phuong WHEN 1 THEN 'phường ' ELSE 'xã ' END
		|| c.place,
	'hd42-100', w.created, w.created, 'CB',
	(SELECT replace(name, '–', '-') FROM g_cterm WHERE age = 0),
	c.place, x.code, '/' || p.uid || '/' || c.uid || '/' || x.uid || '/'
FROM g_cell AS x JOIN g_comm AS c ON c.c = x.c
JOIN g_prov AS p ON p.p = c.p, g_when AS w ORDER BY x.x;

INSERT INTO term (id, unit_id, name, starts_on, ends_on, created_at,
	updated_at)
SELECT UUID(16, p.p*64+t.t), p.uid, t.name, t.starts_on, t.ends_on,
	w.created, w.created
FROM g_prov AS p, g_term AS t, g_when AS w WHERE t.lvl = 1
ORDER BY p.p, t.t;
INSERT INTO term (id, unit_id, name, starts_on, ends_on, created_at,
	updated_at)
SELECT UUID(17, c.c*64+t.t), c.uid, t.name, t.starts_on, t.ends_on,
	w.created, w.created
FROM g_comm AS c, g_term AS t, g_when AS w WHERE t.lvl = 2
ORDER BY c.c, t.t;
INSERT INTO term (id, unit_id, name, starts_on, ends_on, created_at,
	updated_at)
SELECT UUID(18, x.x*64+t.t), x.uid, t.name, t.starts_on, t.ends_on,
	w.created, w.created
FROM g_cell AS x, g_term AS t, g_when AS w WHERE t.lvl = 3
ORDER BY x.x, t.t;
