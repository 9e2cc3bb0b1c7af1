#include "worker.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "host.h"
#include "i18n.h"
#include "util.h"

/* In the child: only the two pipe ends and stderr stay open; stdin and
 * stdout are /dev/null (the worker never talks to the terminal). */
static void child_fds(int from, int to)
{
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, 0);
		dup2(null, 1);
	}
	for (int fd = 3; fd < 1024; fd++)
		if (fd != from && fd != to)
			close(fd);
}

static void child_signals(void)
{
	/* Its own process group: Ctrl-C at the terminal reaches the parent,
	 * which decides; the worker dies with the parent. */
	setpgid(0, 0);
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	signal(SIGTSTP, SIG_IGN);
	signal(SIGPIPE, SIG_DFL);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
}

int worker_start(worker *w, const worker_job *job, char **err)
{
	int down[2], up[2];
	memset(w, 0, sizeof *w);
	w->pid = -1;
	if (pipe(down) != 0)
		goto fail;
	if (pipe(up) != 0) {
		close(down[0]);
		close(down[1]);
		goto fail;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(down[0]);
		close(down[1]);
		close(up[0]);
		close(up[1]);
		goto fail;
	}
	if (pid == 0) {
		child_signals();
		child_fds(down[0], up[1]);
		sandbox_limit_process(&job->limits);
		_exit(host_main(job, down[0], up[1]));
	}
	close(down[0]);
	close(up[1]);
	fcntl(down[1], F_SETFD, FD_CLOEXEC);
	fcntl(up[0], F_SETFD, FD_CLOEXEC);
	w->pid = pid;
	w->to = down[1];
	w->from = up[0];
	w->wall = job->wall > 0 ? job->wall : 10;
	return 0;
fail:
	*err = xasprintf(_("không khởi động được tiến trình chạy bài học: %s"),
			 strerror(errno));
	return -1;
}

int worker_recv(worker *w, proto_in *in)
{
	double deadline = now_mono() + w->wall;
	for (;;) {
		struct pollfd p = {.fd = w->from, .events = POLLIN};
		double left = deadline - now_mono();
		if (left <= 0) {
			kill(w->pid, SIGKILL);
			w->killed_for_time = 1;
			return -1;
		}
		int rc = poll(&p, 1, (int)(left * 1000) + 1);
		if (rc < 0 && errno == EINTR)
			return -1;
		if (rc > 0) {
			rc = proto_recv(in, w->from);
			if (rc < 0) {
				kill(w->pid, SIGKILL);
				w->bad_message = 1;
			}
			return rc;
		}
	}
}

int worker_send(worker *w, proto_out *o)
{
	return proto_send(o, w->to);
}

char *worker_finish(worker *w)
{
	if (w->pid <= 0)
		return NULL;
	close(w->to);
	close(w->from);
	int status = 0;
	/* A worker that has said its last word exits at once; give it a
	 * moment, then stop it. */
	for (int i = 0; i < 200; i++) {
		pid_t r = waitpid(w->pid, &status, WNOHANG);
		if (r == w->pid)
			goto reaped;
		if (r < 0 && errno != EINTR)
			return NULL;
		usleep(i < 20 ? 100 : 5000);
	}
	kill(w->pid, SIGKILL);
	while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
		;
reaped:
	w->pid = -1;
	if (w->killed_for_time)
		return xasprintf(_("quá giới hạn thời gian: không trả lời sau "
				   "%.0f giây"),
				 w->wall);
	if (w->bad_message)
		return xstrdup(_("tiến trình chạy bài học gửi một thông điệp "
				 "không hợp lệ hoặc quá lớn"));
	if (WIFEXITED(status))
		return WEXITSTATUS(status) == 0
			       ? NULL
			       : xasprintf(_("tiến trình chạy bài học dừng "
					     "bất thường (mã %d)"),
					   WEXITSTATUS(status));
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		if (sig == SIGXCPU)
			return xstrdup(_("quá giới hạn thời gian CPU (vòng "
					 "lặp hoặc phép tìm mẫu chạy quá "
					 "lâu)"));
		return xasprintf(_("tiến trình chạy bài học bị dừng (tín "
				   "hiệu %d: %s)"),
				 sig, strsignal(sig));
	}
	return NULL;
}
