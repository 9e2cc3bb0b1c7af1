--lang en (or LANGUAGE=en) shows the core strings in English: help, usage
errors, prompts ("Choose 1–3"), step headings, the lesson list, the end-of-
input message, and the lesson checker's errors.  Lesson content and the
step kinds' own messages (quiz feedback, checks in plugins) stay as written.
--lang vi wins over LANGUAGE=en.

%% requires en-catalog
%% run chibo --lang en --help
%% exit 0
%% output
chibo 0.1.0 — learn and do the work of a party cell secretary

Usage: chibo [options] [command] [arguments]
Without a command: open the menu (continue a lesson, list lessons).

Commands:
  chibo learn [ID | FILE.lua] [--restart]
      study a lesson; an unfinished one continues at the first unanswered question (--restart: start over, keeping the old run)
  chibo lesson list | show ID | check FILE|DIR… | test FILE.lua --answers FILE | new ID
      list lessons and progress; show one lesson; check, test and create lessons (for lesson authors)
  chibo meeting start [--type regular|thematic|combined|committee] [--rehearse] [--cell NAME] [--superior NAME] [--rubric ID] | resume [ID] | list | show ID | abandon ID
      run a real cell meeting step by step (or rehearse one), record what happens, check the procedure and score the quality
  chibo rubric list | check FILE | score FILE --facts FILE
      list, check and try meeting quality rubrics (plugins/rubrics/)
  chibo cell show | set [--name NAME] [--superior NAME] [--issuer CB] [--term 2025-2027] [--place PLACE] [--rubric ID]
      show and set the cell's details used on documents: name, superior committee, issuer code, term, place, rubric
  chibo draft new resolution|minutes [--meeting ID] [--template ID] | list | show ID | edit ID | finalize ID | export ID [-o FILE]
      draft resolutions and minutes in the party's format (from a recorded meeting), finalize, number and export them to .docx, .html, .txt
  chibo unit add --kind province|commune|cell [--parent UNIT] [--code CODE] [--superior NAME] NAME
       | list [--unit UNIT] | show UNIT | move UNIT --to UNIT
       | import FILE.csv --parent UNIT [--dry-run]
       | term UNIT --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
      the unit tree (provincial/city party committees, commune/ward/special zone party committees, village/residential group party cells) and terms: add, show, move, import cells from a CSV file (columns ten, ma, cap_tren); UNIT is a code, name or id
  chibo mentor [dashboard] [--unit UNIT] [--idle DAYS] | show LOGIN
       | assign LOGIN --cell CELL [--role ROLE] [--from DATE] [--to DATE] [--term TERM]
       | unassign LOGIN --cell CELL | list [--unit UNIT] [--mentor LOGIN] [--history]
       | comment LOGIN (--lesson LESSON [--step STEP] | --meeting ID | --draft ID) "COMMENT"
       | signoff LOGIN (--lesson LESSON | --meeting ID) | comments [--all]
      mentors: follow the assigned secretaries (lesson progress, meetings, documents, warnings), see the details, comment, sign off; the party committee office: assign mentors and see the assignment history; secretaries: read the comments (comments)
  chibo doc render MODEL.txt -o OUT.docx|.html|.txt
      render a document model (docs/document-model.md) to .docx, .html or .txt
  chibo user add LOGIN --name "FULL NAME" [--unit UNIT] [--role secretary|mentor|admin]… [--passphrase]
       | role LOGIN +ROLE|-ROLE… [--unit UNIT]
       | list [--unit UNIT] | passwd [LOGIN] | logout
      users and accounts: add people (cell secretaries, mentors, admins), list them, set passphrases, grant and remove roles, log out
  chibo report coverage|meetings|quality|progress [--unit UNIT] [--year YEAR] [--format table|csv|json]
      reports on the cells you may see (within UNIT: a code, name or id), per commune party committee and in total: coverage — mentor coverage; meetings — meetings held in the year against the plan; quality — distribution of quality bands; progress — the secretaries' lesson progress; --year: the year of the figures (default: this year; for coverage: as of 31 December of that year); as a table, CSV or JSON

Common options:
  --user NAME      the learner (default: $CHIBO_USER or the login name)
  --db PATH        the database (default: $CHIBO_DB or $XDG_DATA_HOME/chibo/chibo.db)
  --lessons DIR    add a lesson directory (repeatable)
  --lang vi|en     interface language (default: vi)
  --plain          no colour, no box drawing
  --debug          show tracebacks and the lesson's print() output
  --help, --version

Exit status: 0 done; 1 error; 2 usage; 3 input ended before the lesson finished (progress saved).
%% run chibo --lang en --db $DB bogus
%% exit 2
%% output
chibo: no command 'bogus'
See also: chibo --help
%% run LANGUAGE=en chibo --db $DB lesson frobnicate
%% exit 2
%% output
chibo: no subcommand 'lesson frobnicate'
Usage: chibo lesson list | show ID | check FILE|DIR… | test FILE.lua --answers FILE | new ID
See also: chibo --help
%% run LANGUAGE=en chibo --lang vi --db $DB lesson frobnicate
%% exit 2
%% output
chibo: không có lệnh con 'lesson frobnicate'
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --lang en --db $DB --user an learn vai-tro-bi-thu
%% stdin
1
2
3
%% exit 3
%% output
Step 1/14 [#.........] Một cách làm ở Cao Lộc
Ở Cao Lộc (Lạng Sơn), khi đại hội chi bộ nhiệm kỳ 2022–2025, cấp ủy đề nghị mỗi chi bộ thôn, khối phố đưa một cán bộ, công chức xã là đảng viên vào chi ủy. 122 trên 143 chi bộ (85,3%) đã làm được.

Các đồng chí cán bộ xã ấy đánh máy và lưu giữ văn bản của chi bộ, trước kia chỉ viết tay trong sổ. Họ kèm cặp những bí thư còn trẻ hoặc mới làm: cách điều hành buổi sinh hoạt, cách chọn vấn đề trọng tâm để bàn, cách sinh hoạt chuyên đề. Họ cũng góp ý để cách làm vừa đúng chủ trương cấp trên, vừa hợp với tình hình thôn.

Năm 2022, các chi bộ ở đây sinh hoạt 11–12 buổi trong năm; buổi nào cũng đạt từ khá trở lên, trên 95% đạt tốt.

Không phải thôn nào cũng có người kèm như vậy, trong khi bí thư thường kiêm luôn trưởng thôn nên rất ít thời gian. Bài này giúp đồng chí nắm vai trò của mình và chuẩn bị buổi họp chi ủy cho gọn, cho chắc.
Step 2/14 [#.........] Chi bộ được tổ chức thế nào
Điều 24 Điều lệ Đảng nói về chi bộ:

- Chi bộ có ít nhất 3 đảng viên chính thức.
- Chi bộ có dưới 9 đảng viên chính thức: bầu bí thư; nếu cần thì bầu thêm phó bí thư. Chi bộ này không có chi ủy.
- Chi bộ có từ 9 đảng viên chính thức trở lên: bầu chi ủy, rồi bầu bí thư, phó bí thư trong số các chi ủy viên.
- Chi bộ và chi ủy họp thường lệ mỗi tháng một lần.
- Đại hội chi bộ họp hai lần trong một nhiệm kỳ 5 năm của cấp ủy cấp trên, nên mỗi nhiệm kỳ của chi bộ khoảng hai năm rưỡi.

Các mốc 3 và 9 tính theo đảng viên chính thức, không tính đảng viên dự bị.
Step 3/14 [##........]
Theo Điều lệ Đảng, một chi bộ có ít nhất bao nhiêu đảng viên chính thức?
  1. 2
  2. 3
  3. 5
  4. 9
Choose 1–4: 
! Chưa đúng. Gợi ý: Nhỏ hơn 5.
Choose 1–4: 
Đúng. Chi bộ có ít nhất 3 đảng viên chính thức (Điều 24 Điều lệ Đảng).
Step 4/14 [###.......]
Chi bộ thôn có 12 đảng viên chính thức và 2 đảng viên dự bị. Tại đại hội, chi bộ bầu như thế nào?
  1. Chỉ bầu bí thư
  2. Bầu bí thư và phó bí thư, không có chi ủy
  3. Bầu chi ủy, rồi bầu bí thư, phó bí thư trong số chi ủy viên
Choose 1–3: 
Đúng. Có 12 đảng viên chính thức, từ 9 trở lên, nên chi bộ bầu chi ủy; bí thư, phó bí thư được bầu trong số chi ủy viên.
Step 5/14 [####......] Chi bộ của đồng chí
Chỉ tính đảng viên chính thức, không tính dự bị.
Chi bộ của đồng chí có bao nhiêu đảng viên chính thức? (3–999): 
chibo: the lesson is not finished; progress is saved. Run 'chibo learn vai-tro-bi-thu' to continue.
%% run chibo --lang en --db $DB --user an lesson list
%% exit 0
%% output
LESSON ID                  MIN    PROGRESS TITLE
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15       28%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
%% run chibo --lang en lesson check tests/transcripts/lessons/broken/loi-truong.lua tests/transcripts/lessons/broken/bien-toan-cuc.lua tests/transcripts/lessons/hoi-lai.lua
%% exit 1
%% output sorted
chibo: 2 files have errors.
tests/transcripts/lessons/broken/bien-toan-cuc.lua:2: undefined global 'leson'; did you mean 'lesson'?
tests/transcripts/lessons/broken/loi-truong.lua:13: read 'mo-dau' is missing the required field 'text'
tests/transcripts/lessons/broken/loi-truong.lua:13: unknown field 'txt' in read 'mo-dau'; did you mean 'text'?
tests/transcripts/lessons/broken/loi-truong.lua:14: quiz 'cau-1': answer = 5 nằm ngoài các lựa chọn 1..2
tests/transcripts/lessons/broken/loi-truong.lua:15: unknown field 'hint' in quiz 'cau-3'; did you mean 'hints'?
tests/transcripts/lessons/broken/loi-truong.lua:17: field 'id' of checklist 'Viec-Can-Lam' must be lowercase letters without accents, digits and '-', at most 64 characters (e.g. "mo-dau"), not "Viec-Can-Lam"
tests/transcripts/lessons/broken/loi-truong.lua:17: field 'items' of checklist 'Viec-Can-Lam': duplicate id 'a'
tests/transcripts/lessons/broken/loi-truong.lua:17: unknown field 'requred' in checklist 'Viec-Can-Lam' items[1]; did you mean 'required'?
tests/transcripts/lessons/broken/loi-truong.lua:20: form 'bieu-mau': ô 1: type = "number" không có; dùng text, integer, date hoặc choice
tests/transcripts/lessons/broken/loi-truong.lua:22: form 'bieu-mau-2' fields[1] is missing the required field 'label'
tests/transcripts/lessons/broken/loi-truong.lua:22: unknown field 'lable' in form 'bieu-mau-2' fields[1]; did you mean 'label'?
tests/transcripts/lessons/broken/loi-truong.lua:24: quiz 'cau-2' is missing the required field 'question'
tests/transcripts/lessons/broken/loi-truong.lua:25: duplicate step id 'mo-dau' (already used on line 13)
tests/transcripts/lessons/broken/loi-truong.lua:6: field 'minutes' of lesson must be an integer, not a float
tests/transcripts/lessons/broken/loi-truong.lua:6: field 'version' of lesson must be an integer, not a string
tests/transcripts/lessons/broken/loi-truong.lua:6: item 9 of steps is not a step (use read { … }, quiz { … }, …)
tests/transcripts/lessons/broken/loi-truong.lua:6: lesson is missing the required field 'title'
tests/transcripts/lessons/broken/loi-truong.lua:6: unknown field 'tac_gia' in lesson
tests/transcripts/lessons/broken/loi-truong.lua:6: unknown field 'titel' in lesson; did you mean 'title'?
tests/transcripts/lessons/hoi-lai.lua: valid (lesson 'hoi-lai', 2 steps)
