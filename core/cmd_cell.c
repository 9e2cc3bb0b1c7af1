/*
 * cmd_cell.c — chibo cell show | set [--name …] [--superior …]
 * [--issuer CB] [--term 2025-2027] [--place …] [--rubric ID]
 *
 * The user's own cell and the settings its documents use.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "i18n.h"
#include "store_document.h"
#include "store_meeting.h"
#include "util.h"

static int cell_show(app *a)
{
	store_cell c;
	store_cell_docs d;
	int rc = store_cell_of(a->st, a->person_id, &c);
	if (rc < 0 || (rc == 1 && store_cell_docs_get(a->st, c.id, &d) < 0)) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	if (rc == 0) {
		printf(_("Chưa có chi bộ. Đặt tên: chibo cell set --name \"Chi bộ "
			 "thôn …\"\n"));
		return 0;
	}
	const char *none = _("(chưa đặt)");
	printf(_("Chi bộ: %s\nĐảng bộ cấp trên: %s\nKý hiệu trong số văn bản: "
		 "%s\nNhiệm kỳ: %s\nĐịa danh ghi trên văn bản: %s\nPhiếu chấm "
		 "chất lượng: %s\n"),
	       c.name, c.superior[0] ? c.superior : none, d.issuer,
	       d.term[0] ? d.term : none, d.place[0] ? d.place : none,
	       c.rubric);
	return 0;
}

static int cell_set(app *a, int argc, char **argv)
{
	static const char *const opts[][2] = {
		{"--name", "name"},   {"--superior", "superior"},
		{"--issuer", "issuer"}, {"--term", "term"},
		{"--place", "place"}, {"--rubric", "rubric"},
	};
	const char *val[6] = {0};
	for (int i = 0; i < argc; i++) {
		size_t k = 0;
		while (k < 6 && strcmp(argv[i], opts[k][0]) != 0)
			k++;
		if (k == 6 || i + 1 >= argc)
			return cmd_usage_error(&cmd_cell_entry,
					       _("đối số không rõ: %s"), argv[i]);
		val[k] = argv[++i];
	}
	if (val[0] && !*val[0])
		return cmd_usage_error(&cmd_cell_entry,
				       _("tên chi bộ không được để trống"));
	store_cell c;
	int rc = store_cell_of(a->st, a->person_id, &c);
	if (rc == 0) {
		if (!val[0])
			return cmd_usage_error(
				&cmd_cell_entry,
				_("chưa có chi bộ: hãy đặt tên bằng --name"));
		rc = store_cell_create(a->st, a->person_id, val[0], val[1],
				       val[5] ? val[5] : "hd42-100", &c);
	}
	if (rc < 0)
		goto fail;
	for (size_t k = 0; k < 6; k++)
		if (val[k] && store_cell_update(a->st, c.id, opts[k][1],
						val[k]) < 0)
			goto fail;
	return cell_show(a);
fail:
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

static int exec_cell(app *a, int argc, char **argv)
{
	if (argc == 0 || (strcmp(argv[0], "show") && strcmp(argv[0], "set")))
		return cmd_usage_error(&cmd_cell_entry,
				       _("cần: show hoặc set"));
	if (strcmp(argv[0], "show") == 0 && argc != 1)
		return cmd_usage_error(&cmd_cell_entry,
				       _("cell show không nhận đối số"));
	if (app_open_store(a) < 0)
		return 1;
	return strcmp(argv[0], "show") == 0 ? cell_show(a)
					    : cell_set(a, argc - 1, argv + 1);
}

const struct cmd_entry cmd_cell_entry = {
	"cell",
	N_("chibo cell show | set [--name TÊN] [--superior TÊN] [--issuer CB] "
	   "[--term 2025-2027] [--place ĐỊA_DANH] [--rubric MÃ]"),
	N_("xem và đặt thông tin chi bộ dùng trên văn bản: tên, đảng bộ cấp "
	   "trên, ký hiệu, nhiệm kỳ, địa danh, phiếu chấm"),
	exec_cell,
};
