-- scripts/demo/progress.sql — the secretaries' lesson progress (runs of the
-- bundled lessons with their steps and quiz answers), drafts of documents
-- with their revisions, the mentors' review comments and sign-offs.
-- Parameters and macros: see units.sql; the lessons: lessons.sql.
--
-- A secretary has done the first 0–6 lessons in order (d_lesson) and is in
-- the middle of the next in 65 % of the cases; the last activity is 0–180
-- days before @until (most within a month or two), the lessons before it
-- 5–44 days apart.  Most quiz answers are right the first time; some took
-- two or three tries, a few 4–5, and some current steps have 3–4 failed
-- tries and no accepted answer yet.

-- The secretary's mentor now (covered cells only): person and start.
CREATE TEMP TABLE g_mentor AS
SELECT g.x, mp.uid AS mentor, g.starts_on
FROM g_assign AS g JOIN g_cell AS x ON x.x = g.x
JOIN g_person AS mp ON mp.kind = 2 AND mp.key = x.c AND mp.m = g.m
WHERE g.a = 0;
CREATE UNIQUE INDEX g_mentor_x ON g_mentor (x);

-- ---- lesson runs -------------------------------------------------------------
CREATE TEMP TABLE g_run (n INTEGER PRIMARY KEY, x INTEGER NOT NULL,
	li INTEGER NOT NULL, done INTEGER NOT NULL, nsteps INTEGER NOT NULL,
	cur INTEGER, started TEXT NOT NULL, ended TEXT NOT NULL);
WITH s AS (
	SELECT x, min(6, RND(x, 70) % 100 / 14) AS ndone,
		RND(x, 71) % 100 < 65 AS more,
		date(@until, '-' || (RND(x, 72) % 100 * (RND(x, 72) % 100)
			* (RND(x, 72) % 100) * (RND(x, 72) % 100) / 555556)
			|| ' days') AS last,
		5 + RND(x, 73) % 40 AS gap
	FROM g_cell),
r AS (
	SELECT s.x, l.i AS li, l.i < s.ndone AS done,
		(SELECT count(*) FROM d_step AS t WHERE t.lesson_id = l.id)
			AS nsteps,
		max((SELECT since FROM g_when), date(s.last, '-'
			|| ((s.ndone + (s.ndone < 6 AND s.more) - 1 - l.i) * s.gap)
			|| ' days')) AS day
	FROM s JOIN d_lesson AS l ON l.i < s.ndone + (s.ndone < 6 AND s.more))
INSERT INTO g_run (x, li, done, nsteps, cur, started, ended)
SELECT x, li, done, nsteps,
	CASE WHEN NOT done THEN 1 + RND(x*8+li, 75) % nsteps END,
	strftime('%Y-%m-%dT%H:%M:%SZ', day || ' 13:00',
		'+' || (RND(x*8+li, 74) % 120) || ' minutes'),
	strftime('%Y-%m-%dT%H:%M:%SZ', day || ' 13:00',
		'+' || (RND(x*8+li, 74) % 120) || ' minutes',
		'+' || (nsteps * 90 + RND(x*8+li, 76) % 900) || ' seconds')
FROM r ORDER BY x, li;

INSERT INTO lesson_run (id, person_id, lesson_id, lesson_version, mode,
	status, started_at, finished_at, updated_at)
SELECT UUID(64, g.n), p.uid, l.id, l.version, 'learn',
	CASE WHEN g.done THEN 'done' ELSE 'in_progress' END, g.started,
	CASE WHEN g.done THEN g.ended END, g.ended
FROM g_run AS g JOIN d_lesson AS l ON l.i = g.li
JOIN g_person AS p ON p.kind = 1 AND p.key = g.x
ORDER BY g.n;

-- Steps up to the current one (all of a finished run), 90 s apart.
CREATE TEMP TABLE g_step AS
SELECT g.n, g.x, g.done, t.ord, t.step_id, t.kind, t.answer,
	g.done OR t.ord < g.cur AS step_done,
	strftime('%Y-%m-%dT%H:%M:%SZ', g.started,
		'+' || ((t.ord - 1) * 90) || ' seconds') AS at
FROM g_run AS g JOIN d_lesson AS l ON l.i = g.li
JOIN d_step AS t ON t.lesson_id = l.id AND (g.done OR t.ord <= g.cur);

INSERT INTO step_progress (id, run_id, step_id, status, seconds,
	started_at, finished_at, updated_at)
SELECT UUID(65, n*32+ord), UUID(64, n), step_id,
	CASE WHEN step_done THEN 'done' ELSE 'in_progress' END,
	CASE WHEN NOT step_done THEN RND(n*32+ord, 77) % 40
	WHEN kind = 'read' THEN 20 + RND(n*32+ord, 77) % 100
	WHEN kind = 'quiz' THEN 15 + RND(n*32+ord, 77) % 60
	ELSE 60 + RND(n*32+ord, 77) % 300 END,
	at, CASE WHEN step_done THEN strftime('%Y-%m-%dT%H:%M:%SZ', at,
		'+80 seconds') END,
	strftime('%Y-%m-%dT%H:%M:%SZ', at, '+80 seconds')
FROM g_step ORDER BY n, ord;

-- A quiz's accepted answer (the right choice) and its tries; a current
-- quiz step half the time already failed 3–4 times.
INSERT INTO answer (id, run_id, key, value, attempts, answered_at,
	created_at, updated_at)
SELECT UUID(66, n*32+ord), UUID(64, n), step_id || '.answer',
	CASE WHEN step_done THEN CAST(answer AS TEXT) END,
	CASE WHEN NOT step_done THEN 3 + RND(n*32+ord, 78) % 2
	WHEN RND(n*32+ord, 78) % 100 < 75 THEN 1
	WHEN RND(n*32+ord, 78) % 100 < 90 THEN 2
	WHEN RND(n*32+ord, 78) % 100 < 96 THEN 3
	ELSE 4 + RND(n*32+ord, 78) % 2 END,
	CASE WHEN step_done THEN strftime('%Y-%m-%dT%H:%M:%SZ', at,
		'+70 seconds') END,
	at, strftime('%Y-%m-%dT%H:%M:%SZ', at, '+70 seconds')
FROM g_step WHERE kind = 'quiz'
AND (step_done OR RND(n*32+ord, 79) % 100 < 50)
ORDER BY n, ord;

-- ---- drafts --------------------------------------------------------------------
-- 15 % of the cells draft the resolution of their latest regular or
-- combined meeting, 5 % its minutes; 40 % of the drafts have a second
-- revision.  rev: 1 or 2; the wizard runs are lesson runs in mode draft.
CREATE TEMP TABLE g_last AS
SELECT x, max(k) AS k FROM g_meet WHERE type IN ('regular', 'combined')
GROUP BY x;
CREATE TEMP TABLE g_doc (n INTEGER PRIMARY KEY, x INTEGER NOT NULL,
	k INTEGER NOT NULL, tpl TEXT NOT NULL, nrev INTEGER NOT NULL);
INSERT INTO g_doc (x, k, tpl, nrev)
SELECT x, k, tpl, 1 + (RND(x*2+t, 82) % 100 < 40) FROM (
	SELECT x, k, 0 AS t, 'nghi-quyet' AS tpl FROM g_last
	WHERE RND(x, 80) % 100 < 15
	UNION ALL
	SELECT x, k, 1, 'bien-ban' FROM g_last WHERE RND(x, 81) % 100 < 5)
ORDER BY x, t;

CREATE TEMP TABLE g_rev AS
SELECT d.n, d.x, d.k, d.tpl, d.nrev, v.n AS rev,
	strftime('%Y-%m-%dT%H:%M:%SZ', m.held_on, '+' || (2 * v.n - 1)
		|| ' days', '+13 hours') AS at
FROM g_doc AS d JOIN g_n AS v ON v.n BETWEEN 1 AND d.nrev
JOIN g_meet AS m ON m.k = d.k;
CREATE UNIQUE INDEX g_rev_n ON g_rev (n, rev);

INSERT INTO lesson_run (id, person_id, lesson_id, lesson_version, mode,
	status, started_at, finished_at, updated_at)
SELECT UUID(81, r.n*4+r.rev), p.uid, r.tpl, 0, 'draft', 'done', r.at,
	strftime('%Y-%m-%dT%H:%M:%SZ', r.at, '+25 minutes'),
	strftime('%Y-%m-%dT%H:%M:%SZ', r.at, '+25 minutes')
FROM g_rev AS r JOIN g_person AS p ON p.kind = 1 AND p.key = r.x
ORDER BY r.n, r.rev;

INSERT INTO document (id, unit_id, meeting_id, template_id, type, code,
	status, run_id, created_at, updated_at)
SELECT UUID(80, d.n), x.uid, UUID(48, d.k), d.tpl,
	CASE d.tpl WHEN 'nghi-quyet' THEN 'resolution' ELSE 'minutes' END,
	CASE d.tpl WHEN 'nghi-quyet' THEN 'NQ' ELSE 'BB' END, 'draft',
	UUID(81, d.n*4+d.nrev),
	(SELECT strftime('%Y-%m-%dT%H:%M:%SZ', at, '+25 minutes') FROM g_rev
	 WHERE g_rev.n = d.n AND rev = 1),
	(SELECT strftime('%Y-%m-%dT%H:%M:%SZ', at, '+25 minutes') FROM g_rev
	 WHERE g_rev.n = d.n AND rev = d.nrev)
FROM g_doc AS d JOIN g_cell AS x ON x.x = d.x ORDER BY d.n;

-- The answers of the wizard, as the templates keep them (see
-- plugins/documents/): the second revision names the causes.
INSERT INTO document_revision (id, document_id, n, run_id, data,
	created_at)
SELECT UUID(82, r.n*4+r.rev), UUID(80, r.n), r.rev, UUID(81, r.n*4+r.rev),
	CASE r.tpl WHEN 'bien-ban' THEN json_object(
		'noi-dung.bo-sung', '',
		'thong-tin.chuc-vu-chu-tri', 'Bí thư chi bộ',
		'thong-tin.dia-diem', x.place,
		'thong-tin.dung', json('true'))
	ELSE json_object(
		'danh-gia.co', json('true'),
		'han-che.noi-dung', 'Một số hộ chưa hoàn thành việc đóng góp '
			|| 'làm đường; ' || CASE r.rev WHEN 1 THEN 'chi ủy sẽ '
			|| 'đôn đốc.' ELSE 'nguyên nhân chủ quan: chi ủy chưa '
			|| 'phân công đảng viên phụ trách từng hộ.' END,
		'ket-qua.dat-duoc', '- Việc được giao tháng trước: '
			|| (3 + m.r % 3) || '/' || (5 + m.r % 2)
			|| ' đã hoàn thành.' || char(10)
			|| '- Thu đảng phí đủ 100%.',
		'ky.dung', json('true'),
		'mo-dau.chuc-vu-chu-tri', 'Bí thư chi bộ',
		'mo-dau.dia-diem', x.place,
		'mo-dau.dung', json('true'),
		'nhiem-vu.giu-nguyen', json('true'),
		'nhiem-vu.them-0', json('false'),
		'noi-nhan.danh-sach', 'Đảng ủy '
			|| CASE c.phuong WHEN 1 THEN 'phường ' ELSE 'xã ' END
			|| c.place || ' (để báo cáo)' || char(10)
			|| 'Đảng viên trong chi bộ (để thực hiện)' || char(10)
			|| 'Lưu chi bộ',
		'to-chuc.noi-dung', '- Các đồng chí được giao việc chủ động '
			|| 'thực hiện, báo cáo chi ủy kết quả trước thời hạn.'
			|| char(10) || '- Chi ủy theo dõi, đôn đốc; chi bộ kiểm tra '
			|| 'kết quả tại buổi sinh hoạt tháng sau.')
	END,
	strftime('%Y-%m-%dT%H:%M:%SZ', r.at, '+25 minutes')
FROM g_rev AS r JOIN g_cell AS x ON x.x = r.x JOIN g_comm AS c ON c.c = x.c
JOIN g_meet AS m ON m.k = r.k
ORDER BY r.n, r.rev;

-- ---- review --------------------------------------------------------------------
-- The mentor now of a covered cell comments on 35 % of the latest meetings,
-- on every first revision of a draft revised twice and half the others, on
-- 60 % of the steps failed three times or more and on 10 % of the finished
-- lessons; never before the assignment started.  60 % of the comments were
-- read the next day (when that is not after @until).
CREATE TEMP TABLE g_comment (n INTEGER PRIMARY KEY, x INTEGER NOT NULL,
	target TEXT NOT NULL, run_n INTEGER, step_id TEXT, k INTEGER,
	doc_n INTEGER, at TEXT NOT NULL);
INSERT INTO g_comment (x, target, run_n, step_id, k, doc_n, at)
SELECT x, target, run_n, step_id, k, doc_n, at FROM (
	SELECT l.x, 'meeting' AS target, NULL AS run_n, NULL AS step_id,
		l.k, NULL AS doc_n,
		strftime('%Y-%m-%dT%H:%M:%SZ', m.held_on, '+1 day', '+2 hours')
			AS at
	FROM g_last AS l JOIN g_meet AS m ON m.k = l.k
	WHERE RND(l.x, 90) % 100 < 35
	UNION ALL
	SELECT r.x, 'revision', NULL, NULL, NULL, r.n,
		strftime('%Y-%m-%dT%H:%M:%SZ', r.at, '+1 day')
	FROM g_rev AS r WHERE r.rev = 1
	AND (r.nrev = 2 OR RND(r.n, 91) % 2 = 0)
	UNION ALL
	SELECT s.x, 'step', s.n, s.step_id, NULL, NULL,
		strftime('%Y-%m-%dT%H:%M:%SZ', s.at, '+1 day')
	FROM g_step AS s WHERE s.kind = 'quiz' AND RND(s.n*32+s.ord, 92) % 100 < 60
	AND ((NOT s.step_done AND RND(s.n*32+s.ord, 79) % 100 < 50)
	  OR (s.step_done AND RND(s.n*32+s.ord, 78) % 100 >= 96))
	UNION ALL
	SELECT g.x, 'lesson', g.n, NULL, NULL, NULL,
		strftime('%Y-%m-%dT%H:%M:%SZ', g.ended, '+1 day')
	FROM g_run AS g WHERE g.done AND RND(g.n, 93) % 100 < 10)
JOIN g_mentor USING (x)
WHERE at >= g_mentor.starts_on AND at <= @until || 'T23:59:59Z'
ORDER BY x, at, target;

INSERT INTO review_comment (id, author_id, person_id, target, run_id,
	step_id, meeting_id, revision_id, body, created_at, read_at)
SELECT UUID(96, g.n), mt.mentor, p.uid, g.target,
	CASE WHEN g.run_n IS NOT NULL THEN UUID(64, g.run_n) END, g.step_id,
	CASE WHEN g.k IS NOT NULL THEN UUID(48, g.k) END,
	CASE WHEN g.doc_n IS NOT NULL THEN UUID(82, g.doc_n*4+1) END,
	b.w, g.at,
	CASE WHEN RND(g.n, 94) % 100 < 60
		AND date(g.at, '+1 day') <= @until
	THEN strftime('%Y-%m-%dT%H:%M:%SZ', g.at, '+1 day') END
FROM g_comment AS g JOIN g_mentor AS mt ON mt.x = g.x
JOIN g_person AS p ON p.kind = 1 AND p.key = g.x
JOIN d_comment AS b ON b.target = g.target
	AND b.i = 1 + RND(g.n, 95) % (SELECT count(*) FROM d_comment AS o
		WHERE o.target = g.target)
ORDER BY g.n;

-- Sign-offs by the mentor now: half of the scored meetings of the last 90
-- days and 30 % of the finished lessons, held or done since the
-- assignment started.
INSERT INTO signoff (id, mentor_id, run_id, meeting_id, created_at)
SELECT UUID(97, n), mentor, run_id, meeting_id, at FROM (
	SELECT row_number() OVER (ORDER BY x, at, run_id, meeting_id) AS n, *
	FROM (
		SELECT g.x, mt.mentor, NULL AS run_id, UUID(48, g.k) AS meeting_id,
			strftime('%Y-%m-%dT%H:%M:%SZ', g.held_on, '+2 days',
				'+3 hours') AS at
		FROM g_meet AS g JOIN g_mentor AS mt ON mt.x = g.x
		WHERE g.type IN ('regular', 'combined')
		AND g.held_on >= date(@until, '-90 days')
		AND g.held_on >= mt.starts_on AND RND(g.k, 96) % 2 = 0
		UNION ALL
		SELECT r.x, mt.mentor, UUID(64, r.n), NULL,
			strftime('%Y-%m-%dT%H:%M:%SZ', r.ended, '+2 days')
		FROM g_run AS r JOIN g_mentor AS mt ON mt.x = r.x
		WHERE r.done AND r.ended >= mt.starts_on
		AND RND(r.n, 97) % 100 < 30))
WHERE at <= @until || 'T23:59:59Z';
