-- scripts/demo/meetings.sql — the cells' meetings over the data's months,
-- each with the lesson_run of its checklist (meeting.run_id), as chibo's
-- `meeting start` leaves them: mode 'live', status 'done', the times local
-- in actual_start/actual_end and UTC in created_at and the run.  The
-- per-meeting lists (people, notes, decisions, score lines) are left out.
-- Parameters and macros: see units.sql.
--
-- Each month a cell holds its regular meeting around its usual day, except
-- in 1–7 % of the months (the weaker the cell, the more it misses); in the
-- middle month of a quarter 25 % of the cells combine it with the thematic
-- meeting (type combined) and 55 % hold a thematic one a week later; cells
-- of nine full members or more record a committee meeting (chi ủy) three
-- days before the regular one in 20 % of the months.  Nothing after
-- @until.  Regular and combined meetings are scored by the hd42-100 rubric
-- (plugins/rubrics/hd42-100.lua: tốt ≥ 90, khá ≥ 70, trung bình ≥ 50,
-- else kém); thematic and committee ones have no score, as in chibo.

CREATE TEMP TABLE g_meet (k INTEGER PRIMARY KEY, x INTEGER NOT NULL,
	type TEXT NOT NULL, held_on TEXT NOT NULL, r INTEGER NOT NULL,
	dur INTEGER NOT NULL);
WITH cm AS (
	SELECT x.x, x.strength, x.full, m.first, m.qpos,
		RND(x.x*1000+m.mi, 60) AS r,
		RND(x.x*10000+m.q, 61) % 100 AS u,
		max(1, min(28, x.day0 + RND(x.x*1000+m.mi, 60) / 100 % 5 - 2))
			AS day
	FROM g_cell AS x, g_month AS m),
kinds (kind) AS (VALUES (0), (1), (2)),
mt AS (
	SELECT x, r, kind,
		CASE kind WHEN 0 THEN CASE WHEN qpos = 1 AND u < 25
			THEN 'combined' ELSE 'regular' END
		WHEN 1 THEN 'thematic' ELSE 'committee' END AS type,
		date(first, '+' || (CASE kind WHEN 0 THEN day
			WHEN 1 THEN min(28, day + 7 + r / 1000 % 5)
			ELSE max(1, day - 3) END - 1) || ' days') AS held_on
	FROM cm, kinds
	WHERE CASE kind
		WHEN 0 THEN r % 100 >= 1 + (98 - strength) / 5
		WHEN 1 THEN qpos = 1 AND u >= 25 AND u < 80
		ELSE full >= 9 AND r / 100000 % 100 < 20 END)
INSERT INTO g_meet (x, type, held_on, r, dur)
SELECT x, type, held_on, r, CASE type
	WHEN 'regular' THEN 85 + r / 7 % 45
	WHEN 'combined' THEN 115 + r / 7 % 40
	WHEN 'thematic' THEN 90 + r / 7 % 30
	ELSE 45 + r / 7 % 40 END
FROM mt WHERE held_on <= @until
ORDER BY x, held_on, kind;

INSERT INTO lesson_run (id, person_id, lesson_id, lesson_version, mode,
	status, started_at, finished_at, updated_at)
SELECT UUID(49, g.k), p.uid, 'meeting-' || g.type, 1, 'live', 'done',
	strftime('%Y-%m-%dT%H:%M:%SZ', g.held_on || ' ' || x.start, '-7 hours'),
	strftime('%Y-%m-%dT%H:%M:%SZ', g.held_on || ' ' || x.start,
		'+' || g.dur || ' minutes', '-7 hours'),
	strftime('%Y-%m-%dT%H:%M:%SZ', g.held_on || ' ' || x.start,
		'+' || g.dur || ' minutes', '-7 hours')
FROM g_meet AS g JOIN g_cell AS x ON x.x = g.x
JOIN g_person AS p ON p.kind = 1 AND p.key = g.x
ORDER BY g.k;

INSERT INTO meeting (id, unit_id, run_id, type, mode, status, held_on,
	place, actual_start, actual_end, summoned_full, summoned_probationary,
	present_full, present_probationary, absent_excused, absent_unexcused,
	chair, minute_taker, topic, presenter, rubric_id, score, band,
	created_at, updated_at)
SELECT UUID(48, k), uid, UUID(49, k), type, 'live', 'done', held_on, place,
	held_on || ' ' || start,
	strftime('%Y-%m-%d %H:%M', held_on || ' ' || start,
		'+' || dur || ' minutes'),
	sf, sp, sf - absent, sp - (sp > 0 AND r / 19 % 5 = 0),
	absent - unexcused, unexcused, chair, deputy,
	CASE WHEN type IN ('thematic', 'combined') THEN
		(SELECT w FROM d_topic WHERE i = 1 + r / 23 % 12) END,
	CASE WHEN type IN ('thematic', 'combined') THEN
		deputy || ', phó bí thư chi bộ' END,
	CASE WHEN type <> 'committee' THEN 'hd42-100' END,
	score,
	CASE WHEN score >= 90 THEN 'tốt' WHEN score >= 70 THEN 'khá'
	WHEN score >= 50 THEN 'trung bình' WHEN score IS NOT NULL THEN 'kém'
	END,
	stamp, stamp
FROM (SELECT g.k, g.type, g.held_on, g.r, g.dur, x.uid, x.place, x.start,
	x.deputy, p.name AS chair,
	CASE g.type WHEN 'committee' THEN 3 + 2 * (x.full >= 15)
		ELSE x.full END AS sf,
	CASE g.type WHEN 'committee' THEN 0 ELSE x.prob END AS sp,
	CASE g.type WHEN 'committee' THEN g.r / 13 % 4 = 0
		ELSE g.r / 13 % (1 + x.full / 4) END AS absent,
	CASE WHEN g.r / 17 % 4 = 0 AND g.r / 13 % (1 + x.full / 4) > 0
		AND g.type <> 'committee' THEN 1 ELSE 0 END AS unexcused,
	CASE WHEN g.type IN ('regular', 'combined') THEN
		max(30, min(100, x.strength + g.r / 10000000 % 17 - 10
			- 5 * (g.dur < 90) - 25 * (g.r / 300 % 100 < 3))) END AS score,
	strftime('%Y-%m-%dT%H:%M:%SZ', g.held_on || ' ' || x.start,
		'+' || g.dur || ' minutes', '-7 hours') AS stamp
	FROM g_meet AS g JOIN g_cell AS x ON x.x = g.x
	JOIN g_person AS p ON p.kind = 1 AND p.key = g.x)
ORDER BY k;
