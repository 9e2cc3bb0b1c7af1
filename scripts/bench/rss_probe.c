/*
 * rss_probe.c — LD_PRELOAD shim for the peak-RSS benchmark in run.sh.
 *
 * GNU time (/usr/bin/time -v) reports the ru_maxrss that wait4() returns
 * for chibo, which Linux computes as the maximum over chibo itself AND every
 * descendant it has reaped (the Lua workers): one number, the larger of the
 * two, never their sum.  This shim splits it:
 *
 *   - waitpid()/wait4() are wrapped so that every child chibo reaps is
 *     logged as "child PID MAXRSS_KB" (its own ru_maxrss, from wait4);
 *   - at exit the process that loaded the shim first (chibo's parent
 *     process, not a forked worker) logs "self PID MAXRSS_KB" from
 *     getrusage(RUSAGE_SELF).
 *
 * Lines are appended to $CHIBO_BENCH_RSS_LOG.  Only the parent writes (the
 * worker runs with RLIMIT_FSIZE = 0 and exits with _exit()).  The shim adds
 * a few KiB of its own to each figure.
 *
 * Build: cc -O2 -shared -fPIC -o rss_probe.so rss_probe.c
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t main_pid;

static void log_line(const char *what, pid_t pid, long kb)
{
	const char *path = getenv("CHIBO_BENCH_RSS_LOG");
	if (!path || !*path)
		return;
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	char buf[96];
	int n = snprintf(buf, sizeof buf, "%s %ld %ld\n", what, (long)pid, kb);
	if (n > 0 && write(fd, buf, (size_t)n) < 0) {
		/* nothing to do */
	}
	close(fd);
}

__attribute__((constructor)) static void probe_init(void)
{
	main_pid = getpid();
}

__attribute__((destructor)) static void probe_fini(void)
{
	if (getpid() != main_pid)
		return;
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) == 0)
		log_line("self", main_pid, ru.ru_maxrss);
}

/* Both go straight to the system call, so nothing else is interposed. */
pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	struct rusage mine;
	struct rusage *r = ru ? ru : &mine;
	pid_t got = (pid_t)syscall(SYS_wait4, pid, status, options, r);
	if (got > 0)
		log_line("child", got, r->ru_maxrss);
	return got;
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, NULL);
}
