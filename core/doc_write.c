/*
 * doc_write.c — a rendered document onto disk, all or nothing.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc_priv.h"
#include "doc_zip.h"
#include "i18n.h"

int doc_format(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return -1;
	if (strcasecmp(dot, ".docx") == 0)
		return DOC_DOCX;
	if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0)
		return DOC_HTML;
	if (strcasecmp(dot, ".txt") == 0)
		return DOC_TXT;
	return -1;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The mode path gets: the old file's, or what the umask leaves of 0666 (a
 * temporary file starts as 0600). */
static mode_t target_mode(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	mode_t u = umask(0);
	umask(u);
	return 0666 & ~u;
}

/* The directory of path, for the temporary file and the final fsync. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* Replaces path by data[0..n); 0, or -1 with errno and nothing left. */
static int replace_file(const char *path, const void *data, size_t n)
{
	char *dir = dir_of(path);
	const char *slash = strrchr(path, '/');
	char *tmp = xasprintf("%s/.%s.XXXXXX", dir, slash ? slash + 1 : path);
	int rc = -1, e = 0;
	int fd = mkstemp(tmp);
	if (fd < 0) {
		e = errno;
		goto out;
	}
	if (fchmod(fd, target_mode(path)) < 0 || write_all(fd, data, n) < 0 ||
	    fsync(fd) < 0) {
		e = errno;
		close(fd);
		unlink(tmp);
		goto out;
	}
	if (close(fd) < 0 || rename(tmp, path) < 0) {
		e = errno;
		unlink(tmp);
		goto out;
	}
	/* the rename itself survives a power cut once the directory is on
	 * disk; a filesystem that cannot fsync a directory is not an error */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	rc = 0;
out:
	free(tmp);
	free(dir);
	errno = e;
	return rc;
}

int doc_write(const doc *d, const char *path, char **err)
{
	int fmt = doc_format(path);
	if (fmt < 0) {
		*err = xasprintf(_("không biết ghi '%s' ở định dạng nào: tên "
		                   "tệp cần đuôi .docx, .html hoặc .txt"),
		                 path);
		return -1;
	}
	void *data = NULL;
	size_t n = 0;
	if (fmt == DOC_DOCX) {
		if (doc_docx(d, &data, &n) < 0) {
			*err = doc_zip_error()
				       ? xstrdup(doc_zip_error())
				       : xasprintf(_("không tạo được tệp .docx "
						     "'%s' (libzip)"),
						   path);
			return -1;
		}
	} else {
		data = fmt == DOC_HTML ? doc_html(d) : doc_txt(d);
		n = strlen(data);
	}
	int rc = replace_file(path, data, n);
	if (rc < 0)
		*err = xasprintf(_("không ghi được '%s': %s"), path,
		                 strerror(errno));
	free(data);
	return rc;
}
