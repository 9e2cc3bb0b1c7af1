#!/usr/bin/env python3
"""Summary table of scripts/bench/run.sh.

summary.py OUT_DIR FS_TYPE COMMIT N_PROMPTS

Reads OUT_DIR/results.txt ("key value" lines written by run.sh) and the
hyperfine JSON of every round (list.N.json, learn.N.json, meeting.N.json,
mlist.N.json), pools the times of all rounds per command and prints the
table: means, ratios, targets and PASS/FAIL, then the details (medians,
minima, sanity checks).
"""
import glob
import json
import os
import platform
import statistics
import sys

out, fs_type, commit, n_prompts = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
r = {}
with open(os.path.join(out, "results.txt")) as f:
    for line in f:
        k, _, v = line.strip().partition(" ")
        r.setdefault(k, v)


def pooled(prefix):
    """Times of every round's hyperfine JSON, by command name."""
    t, cpu = {}, {}
    for path in sorted(glob.glob(os.path.join(out, prefix + ".*.json"))):
        try:
            with open(path) as f:
                for x in json.load(f)["results"]:
                    t.setdefault(x["command"], []).extend(x["times"])
                    # user/system are means over this round's runs
                    cpu.setdefault(x["command"], []).append(
                        ((x["user"] + x["system"]), len(x["times"])))
        except (OSError, ValueError, KeyError):
            pass
    return {k: {"mean": statistics.fmean(v),
                "sd": statistics.stdev(v) if len(v) > 1 else 0.0,
                "median": statistics.median(v), "min": min(v), "max": max(v),
                "n": len(v),
                "cpu": sum(c * n for c, n in cpu[k]) / sum(n for _, n in cpu[k])}
            for k, v in t.items() if v}


def get(d, k, f="mean"):
    return d.get(k, {}).get(f)


def ratio(d, a, b, f="mean"):
    x, y = get(d, a, f), get(d, b, f)
    return x / y if x and y else None


def ms(x):
    return f"{x * 1e3:.2f} ms" if x is not None else "n/a"


def us(x):
    return f"{x * 1e6:.0f} µs" if x is not None else "n/a"


def fmt(x):
    return f"{x:.2f}" if x is not None else "n/a"


def mib(x):
    return f"{x / 1024:.1f} MiB" if x is not None else "n/a"


def kb(k):
    return int(r[k]) if r.get(k, "").isdigit() else None


def verdict(x, target):
    if x is None:
        return "ERROR"
    return "PASS" if x <= target else "FAIL"


L = pooled("list")
A = pooled("learn")
M = pooled("meeting")
ML = pooled("mlist")
LUA, LB, LG = "lua5.4 -e ''", "list bundled", "list +1000"
LEARN, INS = f"learn {n_prompts}", f"insert {n_prompts}"
n_items = int(r["meeting.items"]) if r.get("meeting.items", "").isdigit() else None
MEET, MINS = f"meeting {n_items}", f"insert {n_items}"
MLIST = "meeting list"
MLIST_MAX = 0.050  # seconds, absolute target of 5


def per(k, f="mean"):
    x = get(A, k, f)
    return x / n_prompts if x else None


def per_item(k, f="mean"):
    x = get(M, k, f)
    return x / n_items if x and n_items else None


def per_sync(k, key):
    """Mean run time of k per fsync+fdatasync of one run."""
    x, n = get(M, k), r.get(key, "")
    return x / int(n) if x and n.isdigit() and int(n) else None


peaks = [x for x in (kb("rss.time_kb"), kb("rss.self_kb"), kb("rss.worker_kb"))
         if x is not None]
peak = max(peaks) if peaks else None

rows = [
    ("1a list, 1,000 extra lessons (warm) / bundled",
     f"{ms(get(L, LG))} ±{ms(get(L, LG, 'sd'))}",
     f"{ms(get(L, LB))} ±{ms(get(L, LB, 'sd'))}",
     ratio(L, LG, LB), "≤ 1.50", 1.5),
    ("1b list, bundled / lua5.4 -e ''",
     f"{ms(get(L, LB))} ±{ms(get(L, LB, 'sd'))}",
     f"{ms(get(L, LUA))} ±{ms(get(L, LUA, 'sd'))}",
     ratio(L, LB, LUA), "≤ 3.00", 3.0),
    (f"2  per answer / per insert ({n_prompts} each)",
     f"{us(per(LEARN))} ({ms(get(A, LEARN))}/run)",
     f"{us(per(INS))} ({ms(get(A, INS))}/run)",
     ratio(A, LEARN, INS), "≤ 1.50", 1.5),
    ("3  peak RSS, full lesson run / 16 MiB",
     mib(peak), "16.0 MiB",
     peak / 16384 if peak is not None else None, "≤ 1.00", 1.0),
    (f"4  meeting: per recorded item / per insert ({n_items} each)",
     f"{us(per_item(MEET))} ({ms(get(M, MEET))}/run)",
     f"{us(per_item(MINS))} ({ms(get(M, MINS))}/run)",
     ratio(M, MEET, MINS), "≤ 1.50", 1.5),
    (f"5  meeting list, {r.get('mlist.meetings', '?')} meetings / bundled lesson list",
     f"{ms(get(ML, MLIST))} ±{ms(get(ML, MLIST, 'sd'))}",
     f"{ms(get(ML, LB))} ±{ms(get(ML, LB, 'sd'))}",
     ratio(ML, MLIST, LB), "< 50 ms",
     # the target is absolute: the mean itself, not the ratio
     lambda x: "ERROR" if get(ML, MLIST) is None
     else "PASS" if get(ML, MLIST) < MLIST_MAX else "FAIL"),
]

print()
print(f"chibo benchmarks: commit {commit}, {platform.machine()}, "
      f"{os.cpu_count()} CPUs, Linux {platform.release()}, DBs on {fs_type}")
w = max(len(x[0]) for x in rows)
head = (f"{'benchmark':<{w}}  {'measured (mean ± sd)':<26} "
        f"{'baseline (mean ± sd)':<26} {'ratio':>5}  {'target':<6}  result")
print(head)
print("-" * len(head))
for name, m, b, x, tgt, t in rows:
    v = t(x) if callable(t) else verdict(x, t)
    print(f"{name:<{w}}  {m:<26} {b:<26} {fmt(x):>5}  {tgt:<6}  {v}")

print()
print("details")
print(f"  1  {get(L, LB, 'n')} runs per command, pooled over rounds. Medians: "
      f"lua {ms(get(L, LUA, 'median'))}, bundled {ms(get(L, LB, 'median'))}, "
      f"+1000 {ms(get(L, LG, 'median'))}; median ratios 1a {fmt(ratio(L, LG, LB, 'median'))}, "
      f"1b {fmt(ratio(L, LB, LUA, 'median'))}; min ratios 1a {fmt(ratio(L, LG, LB, 'min'))}, "
      f"1b {fmt(ratio(L, LB, LUA, 'min'))}")
print(f"     index warm-up (first lists; {r.get('list.indexed', '?')} files indexed): "
      f"{r.get('list.index_seconds', '?')} s; lines listed: {r.get('list.lines', '?')}")
print(f"     workers forked by a warm list: {r.get('list.warm_forks', '?')} (must be 0); "
      f"by a warm list naming the same dir as ./lessons from its parent: "
      f"{r.get('list.relative_forks', '?')}")
print(f"  2  {get(A, LEARN, 'n')} runs per command, pooled over rounds. Per answer median "
      f"{us(per(LEARN, 'median'))} vs insert {us(per(INS, 'median'))} "
      f"(ratio {fmt(ratio(A, LEARN, INS, 'median'))}); min {us(per(LEARN, 'min'))} vs "
      f"{us(per(INS, 'min'))} (ratio {fmt(ratio(A, LEARN, INS, 'min'))})")
print(f"     CPU (user+sys, worker included) per answer {us(per(LEARN, 'cpu'))} vs per insert "
      f"{us(per(INS, 'cpu'))} (ratio {fmt(ratio(A, LEARN, INS, 'cpu'))}): the part no disk wait hides")
print(f"     answers stored: chibo {r.get('learn.rows', '?')}, baseline "
      f"{r.get('insert.rows', '?')}; fsync+fdatasync per run: chibo "
      f"{r.get('learn.fsyncs', '?')}, baseline {r.get('insert.fsyncs', '?')}")
print(f"  3  GNU time -v (max of chibo and its reaped workers): {mib(kb('rss.time_kb'))}; "
      f"chibo process alone: {mib(kb('rss.self_kb'))}; largest worker alone: "
      f"{mib(kb('rss.worker_kb'))} ({r.get('rss.workers', '?')} workers, one at a time)")
both = (kb("rss.self_kb") or 0) + (kb("rss.worker_kb") or 0)
print(f"     chibo + largest worker, both peaks added (bound for the two alive at once): "
      f"{mib(both)}; lua5.4 -e '' for scale: {mib(kb('rss.lua_kb'))}")
print(f"  4  {get(M, MEET, 'n')} runs per command, pooled over rounds. Per item median "
      f"{us(per_item(MEET, 'median'))} vs insert {us(per_item(MINS, 'median'))} "
      f"(ratio {fmt(ratio(M, MEET, MINS, 'median'))}); min {us(per_item(MEET, 'min'))} vs "
      f"{us(per_item(MINS, 'min'))} (ratio {fmt(ratio(M, MEET, MINS, 'min'))})")
print(f"     CPU (user+sys, workers included) per item {us(per_item(MEET, 'cpu'))} vs per insert "
      f"{us(per_item(MINS, 'cpu'))} (ratio {fmt(ratio(M, MEET, MINS, 'cpu'))})")
print(f"     recorded: {r.get('meeting.notes', '?')} notes, {r.get('meeting.decisions', '?')} "
      f"decisions, {r.get('meeting.answers', '?')} answers, meeting {r.get('meeting.status', '?')}; "
      f"baseline rows {r.get('minsert.rows', '?')}")
sm, si = per_sync(MEET, "meeting.fsyncs"), per_sync(MINS, "minsert.fsyncs")
print(f"     fsync+fdatasync per run: chibo {r.get('meeting.fsyncs', '?')} (one per answer and one "
      f"per typed line of a note: {r.get('meeting.answers', '?')} answers + "
      f"{r.get('meeting.drafts', '?')} note drafts, for {n_items} items), baseline "
      f"{r.get('minsert.fsyncs', '?')}; pwrite64: chibo {r.get('meeting.pwrites', '?')}, "
      f"baseline {r.get('minsert.pwrites', '?')}")
print(f"     per durable commit (run time / syncs): chibo {us(sm)} vs baseline {us(si)} "
      f"(ratio {fmt(sm / si if sm and si else None)})")
print(f"  5  {get(ML, MLIST, 'n')} runs per command, pooled over rounds. Medians: meeting list "
      f"{ms(get(ML, MLIST, 'median'))}, lesson list {ms(get(ML, LB, 'median'))} (ratio "
      f"{fmt(ratio(ML, MLIST, LB, 'median'))}); min ratio {fmt(ratio(ML, MLIST, LB, 'min'))}; "
      f"slowest meeting list {ms(get(ML, MLIST, 'max'))}")
print(f"     DB made by the engine in {r.get('mlist.gen_seconds', '?')} s: "
      f"{r.get('mlist.meetings', '?')} finished live meetings, {r.get('mlist.rows', '?')} "
      f"recorded rows, {r.get('mlist.db_kb', '?')} KiB; lines listed: "
      f"{r.get('mlist.lines', '?')}; workers forked: {r.get('mlist.forks', '?')}")
for k in sorted(k for k in r if k.endswith(".error")):
    print(f"  ERROR {k}: {r[k]}")
