The cell committee meeting (họp chi ủy) that prepares the cell meeting,
tests/meetings/committee.answers (clock 20/11/2026 19:30): 4 of 5
committee members (80% ≥ 2/3, the quorum rule applied to "chi ủy viên",
no probationary question), one guest, last month's tasks as counts (4/5),
the assessment, next month's tasks, the issue for the cell, the content of
the cell meeting of 25/11/2026, the draft resolution (procedure items),
the three preparation tasks decided in advance (only who and by when are
asked) and one more, the end at 20:40 (70 minutes; a committee meeting
has no minimum and no quality score).

Its tasks are the committee's, not a resolution of the cell: the regular
meeting of 25/11/2026 in the same database does not follow them up
(previous_tasks() takes regular and combined meetings only) and asks for
last month's tasks as counts.

%% ids
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --type committee --cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng"
%% stdin ../meetings/committee.answers
%% exit 0
%% output
Buổi sinh hoạt họp chi ủy của Chi bộ thôn Bản Cầu, ngày 2026-11-20 (mã $M1)
Bước 1/11 [#.........] Họp chi ủy: giờ bắt đầu
Bí thư chủ trì họp chi ủy; chi bộ không có chi ủy thì bí thư và phó bí thư họp. Nên họp sớm, đủ thời gian để thông báo cho đảng viên và đăng tài liệu ít nhất một ngày trước buổi sinh hoạt chi bộ.

Thư ký ghi vào biên bản: Thời gian, địa điểm họp.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ bắt đầu (giờ:phút) [19:30]: 
Thư ký ghi: bắt đầu lúc 19:30.
Bước 2/11 [##........] Người chủ trì, người ghi biên bản
Thư ký ghi vào biên bản: Họ tên người chủ trì và người ghi biên bản.
Thường là bí thư chi bộ.
Họ tên người chủ trì: 
Họ tên người ghi biên bản: 
Bước 3/11 [###.......] Chi ủy viên dự họp
Điểm số chi ủy viên dự họp (chi bộ không có chi ủy: bí thư và phó bí thư) và đồng chí được mời dự (nếu có).

Thư ký ghi vào biên bản: Số chi ủy viên, số có mặt, vắng (lý do); người được mời dự.
Đếm theo danh sách của chi bộ.
Số chi ủy viên được triệu tập: 
Số chi ủy viên có mặt (0–5): 
Trong 1 đồng chí vắng, bao nhiêu đồng chí vắng có lý do? (0–1): 
Lời chủ trì (báo cáo số chi ủy viên dự họp):
  Thưa các đồng chí! Tổng số chi ủy viên được triệu tập: 5 đồng chí. Có mặt: 4 đồng chí. Vắng mặt: 1 đồng chí, đều có lý do. Số chi ủy viên có mặt là 4/5, đạt 80%, từ 2/3 trở lên; buổi họp đủ điều kiện tiến hành.

Kiểm tra: 4/5 chi ủy viên có mặt = 80% ≥ 2/3 — đủ điều kiện tiến hành.
Ví dụ: Nguyễn Văn Bình: đi làm ăn xa
Họ tên 1 đồng chí vắng có lý do, mỗi dòng một người, kèm lý do (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Đại biểu dự, mỗi dòng một người: họ tên, chức vụ; không có thì để trống (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Bước 4/11 [####......] Kiểm tra việc được giao tháng trước
Chi ủy xem lại từng việc nghị quyết tháng trước đã giao, để chuẩn bị phần đánh giá trong báo cáo.

Thư ký ghi vào biên bản: Từng việc: kết quả, lý do chưa xong.
chibo chưa có danh sách việc được giao tháng trước (buổi sinh hoạt trước chưa ghi bằng chibo). Đồng chí mở nghị quyết tháng trước và nhập số việc.
Không có nghị quyết hoặc không giao việc cụ thể thì nhập 0.
Nghị quyết tháng trước giao bao nhiêu việc cụ thể? (0–200): 
Trong 5 việc đó, bao nhiêu việc đã hoàn thành? (0–5): 
1 việc chưa xong: mỗi dòng một việc, ghi việc gì, ai làm, vì sao chưa xong (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Kết quả: Việc được giao tháng trước: 4/5 đã hoàn thành (80%).
Việc chưa xong (đưa vào phần thảo luận và giao lại nếu cần):
- Tiêm phòng cho đàn trâu, bò: mới đạt 70%, do nhiều hộ chăn thả trên rừng.
Bước 5/11 [#####.....] Đánh giá kết quả tháng trước
Chi ủy thống nhất đánh giá kết quả thực hiện nghị quyết tháng trước: đây là phần I của báo cáo và của dự thảo nghị quyết.

Thư ký ghi vào biên bản: Những điểm chi ủy thống nhất.
Cần nêu được:
- Kết quả nổi bật
- Hạn chế, khuyết điểm và nguyên nhân
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 6/11 [#####.....] Dự kiến nhiệm vụ tháng tới
Chi ủy dự kiến nhiệm vụ, giải pháp tháng tới, căn cứ chủ trương của cấp trên, định hướng của đảng ủy xã và tình hình của thôn.

Thư ký ghi vào biên bản: Nhiệm vụ dự kiến.
Cần nêu được:
- Nhiệm vụ trọng tâm
- Việc gì, ai phụ trách, bao giờ xong
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 7/11 [######....] Chọn vấn đề đưa ra chi bộ thảo luận, biểu quyết
Chọn một, hai vấn đề thật sự cần chi bộ bàn và quyết, nhất là việc mới, việc phức tạp ở địa phương. Với mỗi vấn đề, chuẩn bị tình hình, các cách có thể làm, đề xuất của chi ủy.

Thư ký ghi vào biên bản: Vấn đề đã chọn, đề xuất của chi ủy.
Cần nêu được:
- Vấn đề, vì sao cần chi bộ bàn
- Đề xuất của chi ủy
Vấn đề đã chọn và đề xuất (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 8/11 [#######...] Thống nhất nội dung buổi sinh hoạt chi bộ
Thống nhất chương trình, thời gian, địa điểm buổi sinh hoạt chi bộ. Sinh hoạt chuyên đề thường ít nhất mỗi quý một lần, theo hướng dẫn của cấp ủy cấp trên: xem tháng này có kết hợp chuyên đề không (khi đó buổi sinh hoạt ít nhất 120 phút).

Thư ký ghi vào biên bản: Chương trình, thời gian, địa điểm buổi sinh hoạt.
Cần nêu được:
- Ngày, giờ, địa điểm buổi sinh hoạt
- Văn bản của cấp trên cần phổ biến
- Có kết hợp sinh hoạt chuyên đề không; chuyên đề gì, ai trình bày
- Việc khác (kết nạp đảng viên, chuyển sinh hoạt…), nếu có
Nội dung đã thống nhất (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
  … 
Bước 9/11 [########..] Dự thảo nghị quyết
Chi ủy thống nhất những nội dung chính của dự thảo nghị quyết (thường gồm: kết quả tháng trước; nhiệm vụ tháng tới; tổ chức thực hiện).
Chi ủy đã thống nhất nội dung chính của dự thảo nghị quyết? (c/k): 
Đã phân công người hoàn chỉnh báo cáo và dự thảo nghị quyết? (c/k): 
Đã nhờ đồng chí cán bộ xã trong chi ủy hoặc đồng chí cấp ủy cấp trên theo dõi chi bộ góp ý dự thảo (nếu có)? (c/k): 
Bước 10/11 [#########.] Phân công chuẩn bị
Giao việc chuẩn bị cho từng người, có thời hạn. Thông báo và đăng tài liệu phải xong ít nhất một ngày trước buổi sinh hoạt.

Thư ký ghi vào biên bản: Từng việc, người làm, thời hạn.
Việc 1: Hoàn chỉnh báo cáo và dự thảo nghị quyết
Ví dụ: đồng chí Lý Văn Hùng, chi hội trưởng Chi hội Nông dân
Việc 1: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 1: thời hạn hoàn thành (ngày/tháng/năm): 
Việc 2: Thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ
Việc 2: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 2: thời hạn hoàn thành (ngày/tháng/năm): 
Việc 3: Đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử, ít nhất một ngày trước buổi sinh hoạt
Việc 3: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 3: thời hạn hoàn thành (ngày/tháng/năm): 
Chủ trì đọc lại: việc “Đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử, ít nhất một ngày trước buổi sinh hoạt”, người thực hiện: Đ/c Lương Thị Hoa, chi ủy viên, hoàn thành trước ngày 24/11/2026.
Còn việc nào cần giao nữa không? (c/k): 
Ghi cụ thể việc gì, làm đến đâu; ví dụ: Vận động 12 hộ xóm Đông góp ngày công làm đường
Việc 4: nội dung công việc: 
Việc 4: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 4: thời hạn hoàn thành (ngày/tháng/năm): 
Chủ trì đọc lại: việc “Mời đồng chí cán bộ thú y xã dự phần thảo luận về tiêm phòng”, người thực hiện: Đ/c Nông Văn Thành, bí thư, hoàn thành trước ngày 24/11/2026.
Còn việc nào cần giao nữa không? (c/k): 
Các việc đã giao (chủ trì đọc lại để chi bộ thống nhất):
1. Hoàn chỉnh báo cáo và dự thảo nghị quyết — Đ/c Lý Văn Hùng, phó bí thư — hạn 22/11/2026
2. Thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ — Đ/c Lương Thị Hoa, chi ủy viên — hạn 23/11/2026
3. Đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử, ít nhất một ngày trước buổi sinh hoạt — Đ/c Lương Thị Hoa, chi ủy viên — hạn 24/11/2026
4. Mời đồng chí cán bộ thú y xã dự phần thảo luận về tiêm phòng — Đ/c Nông Văn Thành, bí thư — hạn 24/11/2026
Bước 11/11 [##########] Kết thúc họp chi ủy
Người chủ trì tóm tắt những điểm đã thống nhất và việc đã phân công; người ghi biên bản ghi giờ kết thúc.

Thư ký ghi vào biên bản: Thời gian kết thúc; chữ ký người chủ trì và người ghi biên bản.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ kết thúc (giờ:phút) [19:30]: 
Thư ký ghi: kết thúc lúc 20:40. Thời lượng: từ 19:30 đến 20:40, 70 phút.
Kiểm tra thủ tục:
  ✓ 4/5 chi ủy viên có mặt = 80% ≥ 2/3 — đủ điều kiện tiến hành
  ! Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
  ✓ (bắt buộc) Chi ủy đã thống nhất nội dung chính của dự thảo nghị quyết: có
  ✓ (bắt buộc) Đã phân công người hoàn chỉnh báo cáo và dự thảo nghị quyết: có
  ✓ Đã nhờ đồng chí cán bộ xã trong chi ủy hoặc đồng chí cấp ủy cấp trên theo dõi chi bộ góp ý dự thảo (nếu có): có
Buổi sinh hoạt đã kết thúc và được lưu. Xem lại: chibo meeting show $M1
%% sql
.nullvalue NULL
SELECT type, mode, status, actual_start, actual_end, summoned_full, present_full, chair, minute_taker, score, band FROM meeting;
SELECT key, name, role, reason FROM meeting_person ORDER BY rowid;
SELECT key, owner, what, deadline FROM meeting_task ORDER BY key;
SELECT key, ok, detail FROM meeting_check ORDER BY rowid;
SELECT key, item FROM meeting_note ORDER BY rowid;
SELECT count(*) FROM meeting_score;
%% rows
committee|live|done|2026-11-20 19:30|2026-11-20 20:40|5|4|Nông Văn Thành|Lý Văn Hùng|NULL|NULL
diem-danh.ten-vang-co-ly-do.1|Hà Văn Phúc|absent_excused|đi công tác
diem-danh.dai-bieu.1|Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ|guest|NULL
phan-cong-1|Đ/c Lý Văn Hùng, phó bí thư|Hoàn chỉnh báo cáo và dự thảo nghị quyết|22/11/2026
phan-cong-2|Đ/c Lương Thị Hoa, chi ủy viên|Thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ|23/11/2026
phan-cong-3|Đ/c Lương Thị Hoa, chi ủy viên|Đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử, ít nhất một ngày trước buổi sinh hoạt|24/11/2026
phan-cong-4|Đ/c Nông Văn Thành, bí thư|Mời đồng chí cán bộ thú y xã dự phần thảo luận về tiêm phòng|24/11/2026
quorum|1|4/5 chi ủy viên có mặt = 80% ≥ 2/3 — đủ điều kiện tiến hành
followup|0|Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
du-thao.noi-dung-chinh|1|(bắt buộc) Chi ủy đã thống nhất nội dung chính của dự thảo nghị quyết: có
du-thao.nguoi-hoan-chinh|1|(bắt buộc) Đã phân công người hoàn chỉnh báo cáo và dự thảo nghị quyết: có
du-thao.gop-y|1|Đã nhờ đồng chí cán bộ xã trong chi ủy hoặc đồng chí cấp ủy cấp trên theo dõi chi bộ góp ý dự thảo (nếu có): có
danh-gia-thang-truoc|danh-gia-thang-truoc
nhiem-vu-thang-toi|nhiem-vu-thang-toi
van-de-trong-tam|van-de-trong-tam
noi-dung-sinh-hoat|noi-dung-sinh-hoat
0
%% run CHIBO_NOW=2026-11-25T19:30 chibo --db $DB --user an meeting start --type regular
%% stdin ../meetings/regular.answers
%% exit 0
%% sh
grep -qxF 'chibo chưa có danh sách việc được giao tháng trước (buổi sinh hoạt trước chưa ghi bằng chibo). Đồng chí mở nghị quyết tháng trước và nhập số việc.' .out
! grep -q 'Buổi sinh hoạt trước giao' .out
grep -qxF 'Tổng: 89/100 điểm — xếp loại: khá.' .out
%% sql
SELECT m.type, count(f.id) FROM meeting m LEFT JOIN meeting_followup f ON f.meeting_id = m.id GROUP BY m.id ORDER BY m.held_on;
%% rows
committee|0
regular|0
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-20  $M1  họp chi ủy                    xong      
2026-11-25  $M2  định kỳ                       xong      89 khá
