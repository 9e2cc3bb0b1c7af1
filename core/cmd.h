/*
 * cmd.h — the command table: one command per file (cmd_<name>.c), each an
 * entry with its name, usage line, one-line summary and exec function.
 * exec gets the arguments after the command name (global options already
 * removed) and returns the exit status: 0 done, 1 error, 2 usage, 3 input
 * ended before the lesson finished.
 */
#ifndef CHIBO_CMD_H
#define CHIBO_CMD_H

#include "app.h"

struct cmd_entry {
	const char *name;
	const char *usage;   /* msgid */
	const char *summary; /* msgid */
	int (*exec)(app *a, int argc, char **argv);
};

extern const struct cmd_entry cmd_learn_entry;
extern const struct cmd_entry cmd_lesson_entry;
extern const struct cmd_entry cmd_menu_entry;
extern const struct cmd_entry cmd_meeting_entry;
extern const struct cmd_entry cmd_rubric_entry;
extern const struct cmd_entry cmd_doc_entry;
extern const struct cmd_entry cmd_cell_entry;
extern const struct cmd_entry cmd_draft_entry;
extern const struct cmd_entry cmd_user_entry;
extern const struct cmd_entry cmd_unit_entry;
extern const struct cmd_entry cmd_mentor_entry;
extern const struct cmd_entry cmd_report_entry;

/* Prints "chibo: <msg>" and a pointer to --help; returns 2. */
int cmd_usage_error(const struct cmd_entry *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* One option of a subcommand: "--name VALUE" (value) or "--name" (flag). */
struct cmd_opt {
	const char *name;   /* without the dashes; NULL ends the table */
	const char **value; /* set to the next argument */
	int *flag;          /* set to 1 */
};
/* Sorts argv into the options of opts and at most maxpos positional
 * arguments (pos[0..*npos)).  0, or 2 after printing a usage error. */
int cmd_opts(const struct cmd_entry *c, int argc, char **argv,
	     const struct cmd_opt *opts, const char **pos, int maxpos,
	     int *npos);

/* Prints the usage and summary of c. */
void cmd_help(const struct cmd_entry *c);
/* 1 if s is -h or --help. */
int cmd_is_help(const char *s);

/* Shared by learn and the menu: runs (or resumes) the lesson whose id or
 * file is given.  restart: abandon an unfinished run and start anew. */
int cmd_learn_lesson(app *a, const char *id_or_file, int restart);

/* Shared by meeting and the menu (cmd_meeting.c). */
/* 1 if the user has a cell (their profile's). */
int cmd_meeting_has_cell(app *a);
/* 1 if the user's cell has an unfinished meeting (live or rehearsal). */
int cmd_meeting_has_open(app *a);
/* Starts a meeting of type ("regular", …), live or rehearsal. */
int cmd_meeting_start(app *a, const char *type, int rehearse);
/* Continues the unfinished meeting. */
int cmd_meeting_resume(app *a);
/* Prints the cell's meetings. */
int cmd_meeting_list(app *a);
/* Shared by draft and the menu (cmd_draft.c): a new draft of type
 * ("resolution" | "minutes"), from a meeting (id) or none. */
int cmd_draft_new(app *a, const char *type, const char *meeting_id);
int cmd_draft_list(app *a);
/* The menu's documents screen: pick a document, then view, edit, finalize
 * or export it. */
int cmd_draft_menu(app *a);
/* Keeps the answers of a finished lesson run as a practice draft of the
 * template (the lesson asked for it: lesson { draft = … }); says where. */
void cmd_draft_from_run(app *a, const char *template_id, const char *run_id);
/* The id of the cell's newest finished live meeting into id (""). */
void cmd_meeting_latest_done(app *a, char id[37], char date[16]);

/* A unit named on the command line (id, code or exact name: cmd_unit.c)
 * into id, kind and name: 0, or 1 when there is none (printed). */
int cmd_unit_arg(app *a, const char *text, char id[STORE_ID_LEN],
		 char kind[16], char name[160]);

/* Shared by mentor and the menu (cmd_mentor.c): prints the comments
 * mentors sent the user (only the unread ones if unread_only) and marks
 * them read. */
int cmd_mentor_comments(app *a, int unread_only);
/* How many comments the user has not read (0 on error). */
int cmd_mentor_unread(app *a);

/* The meeting types and how people call them, in menu order. */
extern const char *const cmd_meeting_types[4];
const char *cmd_meeting_type_name(const char *type);

#endif
