#include "meeting_fields.h"

#include <string.h>

#include "i18n.h"

#define N(a) (sizeof(a) / sizeof(a)[0])

const struct meeting_field meeting_set_fields[] = {
	{"held_on", MF_TEXT, NULL, N_("Ngày")},
	{"place", MF_TEXT, NULL, N_("Địa điểm")},
	{"planned_start", MF_TEXT, NULL, N_("Giờ dự kiến bắt đầu")},
	{"planned_end", MF_TEXT, NULL, N_("Giờ dự kiến kết thúc")},
	{"actual_start", MF_TEXT, NULL, N_("Giờ bắt đầu")},
	{"actual_end", MF_TEXT, NULL, N_("Giờ kết thúc")},
	{"summoned_full", MF_INT, NULL, N_("Đảng viên chính thức được triệu tập")},
	{"summoned_probationary", MF_INT, NULL, N_("Đảng viên dự bị được triệu tập")},
	{"present_full", MF_INT, NULL, N_("Đảng viên chính thức có mặt")},
	{"present_probationary", MF_INT, NULL, N_("Đảng viên dự bị có mặt")},
	{"absent_excused", MF_INT, NULL, N_("Vắng có lý do")},
	{"absent_unexcused", MF_INT, NULL, N_("Vắng không lý do")},
	{"chair", MF_TEXT, NULL, N_("Chủ trì")},
	{"minute_taker", MF_TEXT, NULL, N_("Thư ký")},
	{"topic", MF_TEXT, NULL, N_("Chuyên đề")},
	{"presenter", MF_TEXT, NULL, N_("Người trình bày")},
	{"score", MF_INT, NULL, N_("Điểm")},
	{"band", MF_TEXT, NULL, N_("Xếp loại")},
};
const size_t meeting_nset_fields = N(meeting_set_fields);

static const char *const roles[] = {"present", "absent_excused",
				    "absent_unexcused", "guest", NULL};
static const char *const members[] = {"full", "probationary", NULL};

static const struct meeting_field person[] = {
	{"name", MF_TEXT, NULL, N_("Họ tên")},
	{"office", MF_TEXT, NULL, N_("Chức vụ")},
	{"role", MF_TEXT, roles, N_("Tư cách")},
	{"member", MF_TEXT, members, N_("Đảng viên")},
	{"reason", MF_TEXT, NULL, N_("Lý do")},
};
static const struct meeting_field agenda[] = {
	{"position", MF_INT, NULL, N_("Thứ tự")},
	{"title", MF_TEXT, NULL, N_("Nội dung")},
};
static const struct meeting_field note[] = {
	{"item", MF_TEXT, NULL, N_("Mục")},
	{"text", MF_TEXT, NULL, N_("Nội dung")},
};
static const struct meeting_field decision[] = {
	{"text", MF_TEXT, NULL, N_("Nội dung")},
	{"votes_for", MF_INT, NULL, N_("Tán thành")},
	{"votes_against", MF_INT, NULL, N_("Không tán thành")},
	{"votes_abstain", MF_INT, NULL, N_("Không biểu quyết")},
	{"passed", MF_BOOL, NULL, N_("Thông qua")},
};
static const struct meeting_field task[] = {
	{"owner", MF_TEXT, NULL, N_("Người thực hiện")},
	{"what", MF_TEXT, NULL, N_("Việc")},
	{"deadline", MF_TEXT, NULL, N_("Thời hạn")},
};
static const struct meeting_field followup[] = {
	{"task", MF_TEXT, NULL, N_("Việc tháng trước")},
	{"what", MF_TEXT, NULL, N_("Việc")},
	{"done", MF_BOOL, NULL, N_("Đã xong")},
	{"why", MF_TEXT, NULL, N_("Lý do")},
};
static const struct meeting_field check[] = {
	{"ok", MF_BOOL, NULL, N_("Đạt")},
	{"detail", MF_TEXT, NULL, N_("Chi tiết")},
};
static const struct meeting_field score[] = {
	{"title", MF_TEXT, NULL, N_("Nội dung")},
	{"points", MF_INT, NULL, N_("Điểm")},
	{"max", MF_INT, NULL, N_("Tối đa")},
};

const struct meeting_list meeting_lists[] = {
	{"person", "meeting_person", person, N(person)},
	{"agenda", "meeting_agenda", agenda, N(agenda)},
	{"note", "meeting_note", note, N(note)},
	{"decision", "meeting_decision", decision, N(decision)},
	{"task", "meeting_task", task, N(task)},
	{"followup", "meeting_followup", followup, N(followup)},
	{"check", "meeting_check", check, N(check)},
	{"score", "meeting_score", score, N(score)},
};
const size_t meeting_nlists = N(meeting_lists);

const struct meeting_field *meeting_field_find(const struct meeting_field *f,
					       size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(f[i].name, name) == 0)
			return &f[i];
	return NULL;
}

const struct meeting_list *meeting_list_find(const char *name)
{
	for (size_t i = 0; i < meeting_nlists; i++)
		if (strcmp(meeting_lists[i].name, name) == 0)
			return &meeting_lists[i];
	return NULL;
}
