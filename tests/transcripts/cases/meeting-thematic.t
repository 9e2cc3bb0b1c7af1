A thematic meeting (sinh hoạt chuyên đề), tests/meetings/thematic.answers,
clock 20/11/2026 19:30: preparation (six items of the topic, five of them
required; the optional invited speaker not done: "!" in the checks, not
blocking), opening with the topic and presenter (the chair's script names
the topic), attendance 13/15 (86,7% ≥ 2/3), the presentation,
discussion, the time check (90 min), conclusion, two tasks, the vote
13/15 (86,7% > 1/2), the minutes, the end at 21:10 (100 min ≥ 90).  The
thematic checklist has no quality score (see plugins/checklists/thematic.lua):
score and band stay empty and nothing is written to meeting_score.


%% ids
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --type thematic --cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng"
%% stdin ../meetings/thematic.answers
%% exit 0
%% output
Buổi sinh hoạt chuyên đề của Chi bộ thôn Bản Cầu, ngày 2026-11-20 (mã $M1)
Bước 1/15 [#.........] Chuẩn bị: các việc trước buổi sinh hoạt chuyên đề
Trước khi khai mạc, đồng chí xác nhận các việc chuẩn bị. Việc chưa làm vẫn được ghi lại để rút kinh nghiệm, không chặn buổi sinh hoạt.
Chi ủy đã chọn chuyên đề, theo định hướng của cấp ủy cấp trên và tình hình của thôn? (c/k): 
Đã phân công người chuẩn bị và trình bày chuyên đề? (c/k): 
Đã có báo cáo chuyên đề (đề dẫn) và câu hỏi gợi ý thảo luận? (c/k): 
Đã thông báo thời gian, địa điểm, chuyên đề cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ? (c/k): 
Đã đăng tài liệu chuyên đề lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt? (c/k): 
Có mời báo cáo viên hoặc cán bộ chuyên môn của xã (nếu chuyên đề cần)? (c/k): 
Bước 2/15 [#.........] Khai mạc: giờ bắt đầu
Đúng giờ đã thông báo, người chủ trì (thường là bí thư) khai mạc. Ghi giờ bắt đầu thực tế.

Thư ký ghi vào biên bản: Thời gian bắt đầu, địa điểm sinh hoạt.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ bắt đầu (giờ:phút) [19:30]: 
Thư ký ghi: bắt đầu lúc 19:30.
Bước 3/15 [##........] Khai mạc: chuyên đề và người trình bày
Ghi tên chuyên đề và người trình bày đã được chi ủy thống nhất.

Thư ký ghi vào biên bản: Tên chuyên đề; họ tên, chức vụ người trình bày.
Ví dụ: Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn
Tên chuyên đề: 
Họ tên, chức vụ người trình bày: 
Bước 4/15 [###.......] Khai mạc (a): tuyên bố lý do, giới thiệu đại biểu
Người chủ trì tuyên bố lý do, mục đích buổi sinh hoạt chuyên đề và giới thiệu đại biểu dự (nếu có).

Lời chủ trì (đọc to):
  Thưa các đồng chí! Thực hiện kế hoạch sinh hoạt chuyên đề của chi bộ, hôm nay, ngày 20 tháng 11 năm 2026, Chi bộ thôn Bản Cầu tiến hành sinh hoạt chuyên đề “Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn”. Qua buổi sinh hoạt, mỗi đồng chí hiểu rõ hơn vấn đề, liên hệ với trách nhiệm của mình và cùng chi bộ thống nhất những việc cần làm.

Thư ký ghi vào biên bản: Lý do buổi sinh hoạt, tên chuyên đề; họ tên, chức vụ đại biểu dự.
Ví dụ: Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ
Đại biểu dự buổi sinh hoạt, mỗi dòng một người: họ tên, chức vụ; không có đại biểu thì để trống (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
Không có đại biểu: bỏ qua phần giới thiệu đại biểu.
Bước 5/15 [###.......] Khai mạc (b): người chủ trì, cử thư ký
Người chủ trì cử thư ký ghi biên bản (thường là một chi ủy viên hoặc đảng viên đã được chi ủy phân công từ trước).

Lời chủ trì (đọc to):
  Để ghi biên bản buổi sinh hoạt hôm nay, chi ủy đề nghị đồng chí … làm thư ký. Đồng chí nào nhất trí xin giơ tay.

Thư ký ghi vào biên bản: Họ tên người chủ trì và thư ký.
Thường là bí thư chi bộ; bí thư vắng thì phó bí thư.
Họ tên người chủ trì: 
Họ tên thư ký ghi biên bản: 
Bước 6/15 [####......] Khai mạc (c): báo cáo số đảng viên dự sinh hoạt
Thư ký (hoặc người chủ trì) điểm danh theo danh sách đảng viên, rồi báo cáo chi bộ số có mặt, số vắng có lý do, số vắng không có lý do. chibo tính tỷ lệ có mặt theo phiếu chấm chi bộ đang dùng.

Thư ký ghi vào biên bản: Số đảng viên được triệu tập (chính thức, dự bị); số có mặt; số vắng có lý do, vắng không có lý do và họ tên người vắng.
Đếm theo danh sách của chi bộ.
Số đảng viên chính thức được triệu tập: 
Số đảng viên dự bị được triệu tập (không có thì nhập 0): 
Số đảng viên chính thức có mặt (0–15): 
Số đảng viên dự bị có mặt (0–2): 
Trong 2 đồng chí vắng, bao nhiêu đồng chí vắng có lý do? (0–2): 
Lời chủ trì (báo cáo số đảng viên dự họp):
  Thưa các đồng chí! Tổng số đảng viên được triệu tập: 17 đồng chí (15 chính thức, 2 dự bị). Có mặt: 15 đồng chí (13 chính thức, 2 dự bị). Vắng mặt: 2 đồng chí, đều có lý do. Số đảng viên chính thức có mặt là 13/15, đạt 86,7%, từ 2/3 trở lên; buổi sinh hoạt đủ điều kiện tiến hành.

Kiểm tra: 13/15 đảng viên chính thức có mặt = 86,7% ≥ 2/3 — đủ điều kiện tiến hành.
Ví dụ: Nguyễn Văn Bình: đi làm ăn xa
Họ tên 2 đồng chí vắng có lý do, mỗi dòng một người, kèm lý do (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 7/15 [#####.....] Khai mạc (d): thông qua chương trình
Người chủ trì đọc chương trình; chi bộ bổ sung (nếu có) và biểu quyết thông qua.

Thư ký ghi vào biên bản: Chương trình buổi sinh hoạt; kết quả biểu quyết thông qua chương trình.
Lời chủ trì (đọc chương trình):
  Chương trình buổi sinh hoạt hôm nay gồm 4 nội dung:
  1. Trình bày chuyên đề
  2. Thảo luận, liên hệ trách nhiệm của chi bộ và của từng đảng viên
  3. Kết luận, thống nhất việc làm; biểu quyết
  4. Thông qua biên bản
  Đồng chí nào có ý kiến bổ sung chương trình?
Nội dung chi bộ đề nghị bổ sung, mỗi dòng một nội dung; không có thì để trống (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
Lời chủ trì: “Đồng chí nào nhất trí với chương trình xin giơ tay.”
Chi bộ biểu quyết (giơ tay) thông qua chương trình. Chương trình đã được thông qua? (c/k) [c]: 
Bước 8/15 [#####.....] Chuyên đề: trình bày
Người được phân công trình bày chuyên đề, ngắn gọn, gắn với tình hình của thôn; cuối phần trình bày nêu câu hỏi gợi ý thảo luận.

Lời chủ trì (đọc to):
  Mời đồng chí Lý Văn Hùng, phó bí thư chi bộ trình bày chuyên đề “Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn”.

Thư ký ghi vào biên bản: Tóm tắt nội dung trình bày.
Cần nêu được:
- Vì sao chi bộ chọn chuyên đề này
- Nội dung chính của chuyên đề
- Liên hệ tình hình thôn, chi bộ: làm được gì, còn gì chưa làm được
- Câu hỏi gợi ý để đảng viên thảo luận
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
  … 
Bước 9/15 [######....] Chuyên đề: thảo luận, liên hệ
Đảng viên thảo luận theo câu hỏi gợi ý, liên hệ với trách nhiệm của chi bộ và của bản thân. Người chủ trì mời từng đồng chí phát biểu, giữ đúng chuyên đề, khuyến khích đề xuất việc làm cụ thể.

Lời chủ trì (đọc to):
  Đề nghị các đồng chí thảo luận: chuyên đề này đặt ra cho chi bộ ta những việc gì, mỗi đồng chí sẽ làm gì, bắt đầu từ đâu.

Thư ký ghi vào biên bản: Họ tên người phát biểu và tóm tắt từng ý kiến.
Cần nêu được:
- Nhận thức của đảng viên về chuyên đề
- Liên hệ bản thân, gia đình, thôn
- Đề xuất việc làm cụ thể
Ý kiến thảo luận, mỗi dòng một ý kiến, ví dụ "Đ/c Hùng: …" (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
  … 
Bước 10/15 [#######...] Chuyên đề: xem lại thời gian trước khi kết luận
Trước khi kết luận, xem lại thời gian đã sinh hoạt. Chưa đủ thời lượng tối thiểu thì dành thêm thời gian cho thảo luận.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Bây giờ là (giờ:phút) [19:30]: 
Đã sinh hoạt 90 phút (từ 19:30).
Kiểm tra: 90 phút ≥ 90 phút tối thiểu.
Bước 11/15 [#######...] Chuyên đề: kết luận
Người chủ trì kết luận: những điểm chi bộ đã thống nhất về nhận thức, những việc chi bộ và mỗi đảng viên sẽ làm.

Lời chủ trì (đọc to):
  Qua trình bày và ý kiến thảo luận, tôi xin kết luận buổi sinh hoạt chuyên đề như sau: …

Thư ký ghi vào biên bản: Nội dung kết luận.
Cần nêu được:
- Những điểm chi bộ đã thống nhất
- Những việc chi bộ, đảng viên sẽ làm; ai làm, bao giờ xong
Nội dung kết luận (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 12/15 [########..] Chuyên đề: giao việc
Giao những việc rút ra từ chuyên đề cho người cụ thể, có thời hạn, để chi bộ kiểm tra ở các buổi sinh hoạt sau.

Thư ký ghi vào biên bản: Từng việc, người thực hiện, thời hạn.
Ghi cụ thể việc gì, làm đến đâu; ví dụ: Vận động 12 hộ xóm Đông góp ngày công làm đường
Việc 1: nội dung công việc: 
Ví dụ: đồng chí Lý Văn Hùng, chi hội trưởng Chi hội Nông dân
Việc 1: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 1: thời hạn hoàn thành (ngày/tháng/năm): 
Chủ trì đọc lại: việc “Mỗi đảng viên vận động 5 hộ gần nhà phân loại rác tại nguồn”, người thực hiện: Các đồng chí đảng viên, đ/c Hoàng Thị Mai theo dõi chung, hoàn thành trước ngày 31/01/2027.
Còn việc nào cần giao nữa không? (c/k): 
Việc 2: nội dung công việc: 
Việc 2: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 2: thời hạn hoàn thành (ngày/tháng/năm): 
Chủ trì đọc lại: việc “Làm 3 hố ủ phân vi sinh mẫu ở xóm Đông”, người thực hiện: Đ/c Hà Văn Phúc, hoàn thành trước ngày 31/12/2026.
Còn việc nào cần giao nữa không? (c/k): 
Các việc đã giao (chủ trì đọc lại để chi bộ thống nhất):
1. Mỗi đảng viên vận động 5 hộ gần nhà phân loại rác tại nguồn — Các đồng chí đảng viên, đ/c Hoàng Thị Mai theo dõi chung — hạn 31/01/2027
2. Làm 3 hố ủ phân vi sinh mẫu ở xóm Đông — Đ/c Hà Văn Phúc — hạn 31/12/2026
Bước 13/15 [#########.] Chuyên đề: biểu quyết thông qua kết luận
Đảng viên chính thức biểu quyết thông qua kết luận (giơ tay).

Lời chủ trì (đọc to):
  Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua kết luận buổi sinh hoạt chuyên đề.

Thư ký ghi vào biên bản: Số tán thành, không tán thành, không biểu quyết.
Enter: giữ nguyên nội dung trong ngoặc vuông.
Nội dung đưa ra biểu quyết [Kết luận buổi sinh hoạt chuyên đề “Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn”]: 
Lời chủ trì: “Đồng chí nào tán thành xin giơ tay.” (Chỉ đếm đảng viên chính thức; có mặt 13 đồng chí.)
Số đồng chí tán thành (0–13): 
Lời chủ trì (công bố kết quả):
  Kết quả biểu quyết: tán thành 13, không tán thành 0, không biểu quyết 0. Số tán thành là 13/15 đảng viên chính thức của chi bộ, bằng 86,7%, quá 1/2. Kết luận buổi sinh hoạt chuyên đề “Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn” đã được chi bộ thông qua.

Kiểm tra: 13/15 đảng viên chính thức tán thành = 86,7% > 1/2 — thông qua.
Bước 14/15 [#########.] Bế mạc: thông qua biên bản
Thư ký đọc toàn văn biên bản; chi bộ góp ý, biểu quyết thông qua; người chủ trì và thư ký ký biên bản.

Lời chủ trì (đọc to):
  Đề nghị đồng chí thư ký đọc biên bản buổi sinh hoạt. … Đồng chí nào nhất trí với biên bản xin giơ tay.
Thư ký đã đọc biên bản trước chi bộ? (c/k): 
Chi bộ đã thông qua biên bản? (c/k): 
Người chủ trì và thư ký đã ký biên bản? (c/k): 
Bước 15/15 [##########] Bế mạc
Người chủ trì bế mạc buổi sinh hoạt; thư ký ghi giờ kết thúc.

Lời chủ trì (đọc to):
  Buổi sinh hoạt chuyên đề đến đây đã hoàn thành chương trình. Đề nghị các đồng chí thực hiện tốt những việc chi bộ đã thống nhất. Tôi tuyên bố bế mạc buổi sinh hoạt.

Thư ký ghi vào biên bản: Thời gian kết thúc; chữ ký của người chủ trì và thư ký.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ kết thúc (giờ:phút) [19:30]: 
Thư ký ghi: kết thúc lúc 21:10. Thời lượng: từ 19:30 đến 21:10, 100 phút.
Kiểm tra: 100 phút ≥ 90 phút tối thiểu.
Kiểm tra thủ tục:
  ✓ (bắt buộc) Chi ủy đã chọn chuyên đề, theo định hướng của cấp ủy cấp trên và tình hình của thôn: có
  ✓ (bắt buộc) Đã phân công người chuẩn bị và trình bày chuyên đề: có
  ✓ (bắt buộc) Đã có báo cáo chuyên đề (đề dẫn) và câu hỏi gợi ý thảo luận: có
  ✓ (bắt buộc) Đã thông báo thời gian, địa điểm, chuyên đề cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ: có
  ✓ (bắt buộc) Đã đăng tài liệu chuyên đề lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt: có
  ! Có mời báo cáo viên hoặc cán bộ chuyên môn của xã (nếu chuyên đề cần): không
  ✓ 13/15 đảng viên chính thức có mặt = 86,7% ≥ 2/3 — đủ điều kiện tiến hành
  ✓ Chương trình 4 nội dung được chi bộ thông qua
  ✓ 13/15 đảng viên chính thức tán thành = 86,7% > 1/2 — thông qua
  ✓ (bắt buộc) Thư ký đã đọc biên bản trước chi bộ: có
  ✓ (bắt buộc) Chi bộ đã thông qua biên bản: có
  ✓ (bắt buộc) Người chủ trì và thư ký đã ký biên bản: có
  ✓ 100 phút ≥ 90 phút tối thiểu
Buổi sinh hoạt đã kết thúc và được lưu. Xem lại: chibo meeting show $M1
%% sql
.nullvalue NULL
SELECT type, mode, status, held_on, actual_start, actual_end, topic, presenter, chair, minute_taker, rubric_id, score, band FROM meeting;
SELECT count(*) FROM meeting_score;
SELECT r.lesson_id, r.status FROM lesson_run r JOIN meeting m ON m.run_id = r.id;
%% rows
thematic|live|done|2026-11-20|2026-11-20 19:30|2026-11-20 21:10|Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn|Lý Văn Hùng, phó bí thư chi bộ|Nông Văn Thành|Lương Thị Hoa|hd42-100|NULL|NULL
0
meeting-thematic|done
%% sql
SELECT key, ok, detail FROM meeting_check ORDER BY rowid;
%% rows
chuan-bi.chon-chuyen-de|1|(bắt buộc) Chi ủy đã chọn chuyên đề, theo định hướng của cấp ủy cấp trên và tình hình của thôn: có
chuan-bi.nguoi-trinh-bay|1|(bắt buộc) Đã phân công người chuẩn bị và trình bày chuyên đề: có
chuan-bi.de-dan|1|(bắt buộc) Đã có báo cáo chuyên đề (đề dẫn) và câu hỏi gợi ý thảo luận: có
chuan-bi.thong-bao|1|(bắt buộc) Đã thông báo thời gian, địa điểm, chuyên đề cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ: có
chuan-bi.dang-tai-lieu|1|(bắt buộc) Đã đăng tài liệu chuyên đề lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt: có
chuan-bi.bao-cao-vien|0|Có mời báo cáo viên hoặc cán bộ chuyên môn của xã (nếu chuyên đề cần): không
quorum|1|13/15 đảng viên chính thức có mặt = 86,7% ≥ 2/3 — đủ điều kiện tiến hành
agenda|1|Chương trình 4 nội dung được chi bộ thông qua
bieu-quyet|1|13/15 đảng viên chính thức tán thành = 86,7% > 1/2 — thông qua
bien-ban.doc|1|(bắt buộc) Thư ký đã đọc biên bản trước chi bộ: có
bien-ban.thong-qua|1|(bắt buộc) Chi bộ đã thông qua biên bản: có
bien-ban.ky|1|(bắt buộc) Người chủ trì và thư ký đã ký biên bản: có
duration|1|100 phút ≥ 90 phút tối thiểu
%% sql
SELECT key, position FROM meeting_agenda ORDER BY position;
SELECT key, item FROM meeting_note ORDER BY rowid;
SELECT key, owner, what, deadline FROM meeting_task ORDER BY key;
SELECT key, text, votes_for, votes_against, votes_abstain, passed FROM meeting_decision;
%% rows
trinh-bay|1
thao-luan-chuyen-de|2
ket-luan-chuyen-de|3
bien-ban|4
trinh-bay|trinh-bay
thao-luan|thao-luan-chuyen-de
ket-luan|ket-luan-chuyen-de
giao-viec-1|Các đồng chí đảng viên, đ/c Hoàng Thị Mai theo dõi chung|Mỗi đảng viên vận động 5 hộ gần nhà phân loại rác tại nguồn|31/01/2027
giao-viec-2|Đ/c Hà Văn Phúc|Làm 3 hố ủ phân vi sinh mẫu ở xóm Đông|31/12/2026
bieu-quyet|Kết luận buổi sinh hoạt chuyên đề “Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn”|13|0|0|1
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-20  $M1  chuyên đề                     xong      
