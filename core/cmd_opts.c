/*
 * cmd_opts.c — the option parser of subcommands: "--name VALUE" and
 * "--flag" options in any order among positional arguments.
 */
#include <string.h>

#include "cmd.h"
#include "i18n.h"

int cmd_opts(const struct cmd_entry *c, int argc, char **argv,
	     const struct cmd_opt *opts, const char **pos, int maxpos,
	     int *npos)
{
	*npos = 0;
	for (int i = 0; i < argc; i++) {
		const struct cmd_opt *o = NULL;
		if (strncmp(argv[i], "--", 2) == 0 && argv[i][2]) {
			for (o = opts; o && o->name; o++)
				if (strcmp(argv[i] + 2, o->name) == 0)
					break;
			if (!o || !o->name)
				return cmd_usage_error(c, _("tùy chọn không rõ: "
							    "%s"),
						       argv[i]);
		}
		if (!o) {
			if (*npos >= maxpos)
				return cmd_usage_error(c, _("đối số thừa: %s"),
						       argv[i]);
			pos[(*npos)++] = argv[i];
		} else if (o->value) {
			if (i + 1 >= argc)
				return cmd_usage_error(c, _("%s cần một giá "
							    "trị"),
						       argv[i]);
			*o->value = argv[++i];
		} else {
			*o->flag = 1;
		}
	}
	return 0;
}
