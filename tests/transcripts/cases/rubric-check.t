"rubric list" lists the bundled sheets (id and title); "rubric check"
validates a sheet: the two bundled ones are valid (id, the sum of the
group maxima, each group with its maximum).  A broken sheet gives exit 1
and its errors as FILE:LINE: what (the line of "rubric {", as for the
fields of a lesson): an unknown field with "có phải ý bạn là", a missing
required field, a group with both score and ask, a quorum pair that is
not a fraction ≤ 1.  The broken sheets are under
tests/transcripts/rubrics/ (a comment at the top of each names its error).

"rubric check" does not run the score functions: a sheet whose score
fails at run time, or returns too many points, passes the check (they are
caught by "rubric score", see rubric-score-broken.t, and in a meeting).

%% run chibo rubric list
%% exit 0
%% output
hd42-100         Phiếu chấm 100 điểm theo Hướng dẫn 42-HD/BTCTW (mẫu của một đảng ủy phường, cần đối chiếu với hướng dẫn của cấp ủy cấp trên)
vi-du-tinh       Ví dụ minh họa: phiếu chấm riêng của một tỉnh (4 nhóm × 25 điểm) — không phải văn bản thật
%% run chibo rubric check plugins/rubrics/hd42-100.lua
%% exit 0
%% output
plugins/rubrics/hd42-100.lua: hợp lệ (phiếu 'hd42-100', tổng 100 điểm)
  thoi-gian Thời gian, thời lượng (5)
  so-dang-vien-du Số đảng viên dự sinh hoạt (5)
  chuan-bi Công tác chuẩn bị (10)
  tien-hanh Tiến hành buổi sinh hoạt (30)
  dieu-hanh Điều hành của bí thư (người chủ trì) (10)
  nguyen-tac Thực hiện nguyên tắc sinh hoạt đảng (5)
  ket-qua-thang-truoc Kết quả thực hiện nghị quyết tháng trước (30)
  ket-thuc Kết thúc buổi sinh hoạt (5)
%% run chibo rubric check plugins/rubrics/vi-du-tinh.lua
%% exit 0
%% output
plugins/rubrics/vi-du-tinh.lua: hợp lệ (phiếu 'vi-du-tinh', tổng 100 điểm)
  chuan-bi-thoi-luong Chuẩn bị và thời lượng (25)
  so-dang-vien-du Số đảng viên dự (25)
  ket-qua Kết quả thực hiện nghị quyết và biểu quyết (25)
  dieu-hanh-dan-chu Điều hành, dân chủ, phê bình và tự phê bình (25)
%% run chibo rubric check tests/transcripts/rubrics/no-settings.lua
%% exit 0
%% output
tests/transcripts/rubrics/no-settings.lua: hợp lệ (phiếu 'tinh-f', tổng 100 điểm)
  thoi-gian Thời lượng (50)
  dieu-hanh Điều hành (50)
%% run chibo rubric check tests/transcripts/rubrics/unknown-field.lua
%% exit 1
%% output sorted
tests/transcripts/rubrics/unknown-field.lua:3: rubric thiếu trường bắt buộc 'groups'
tests/transcripts/rubrics/unknown-field.lua:3: trường 'gruops' không có trong rubric; có phải ý bạn là 'groups'?
%% run chibo rubric check tests/transcripts/rubrics/score-and-ask.lua
%% exit 1
%% output
tests/transcripts/rubrics/score-and-ask.lua:2: nhóm 'thoi-gian' cần đúng một trong hai: score = function … hoặc ask = "…"
%% run chibo rubric check tests/transcripts/rubrics/bad-quorum.lua
%% exit 1
%% output
tests/transcripts/rubrics/bad-quorum.lua:2: settings.quorum phải là { tử, mẫu } với 0 < tử ≤ mẫu, ví dụ { 2, 3 }
%% run chibo rubric check tests/transcripts/rubrics/score-error.lua
%% exit 0
%% output
tests/transcripts/rubrics/score-error.lua: hợp lệ (phiếu 'tinh-d', tổng 100 điểm)
  thoi-gian Thời lượng (50)
  dieu-hanh Điều hành (50)
%% run chibo rubric check tests/transcripts/rubrics/score-range.lua
%% exit 0
%% output
tests/transcripts/rubrics/score-range.lua: hợp lệ (phiếu 'tinh-e', tổng 100 điểm)
  thoi-gian Thời lượng (50)
  dieu-hanh Điều hành (50)
%% run chibo rubric check
%% exit 2
%% output
chibo: cần: list, check TỆP hoặc score TỆP --facts TỆP
Cách dùng: chibo rubric list | check TỆP | score TỆP --facts TỆP
Xem thêm: chibo --help
%% run chibo rubric
%% exit 2
%% output
chibo: cần: list, check TỆP hoặc score TỆP --facts TỆP
Cách dùng: chibo rubric list | check TỆP | score TỆP --facts TỆP
Xem thêm: chibo --help
