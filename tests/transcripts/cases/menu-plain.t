The menu ("chibo" without a command) with standard input not a terminal:
numbered choices read one line each; the lessons screen takes a number or a
lesson id and shows progress; a lesson started from the menu comes back to
the menu when it ends; when input ends inside it, there is no one to come
back to, so chibo exits 3 like "chibo learn" (progress kept); "Học tiếp"
continues the unfinished lesson where it stopped; Thoát, or the end of
input at the menu, exits 0.

%% run chibo --db $DB --user an
%% stdin
1
vai
vai-tro-bi-thu
2
3
%% exit 3
%% output
chibo — học làm bí thư chi bộ
  1. Danh sách bài học
  2. Bắt đầu buổi sinh hoạt chi bộ
  3. Tập dượt một buổi sinh hoạt
  4. Các buổi sinh hoạt đã ghi
  5. Soạn nghị quyết, biên bản
  6. Các văn bản đã soạn
  7. Thoát
Chọn: 
Các bài học:
 1. Chủ trì buổi sinh hoạt chi bộ — 20 phút, đã học 0% (chu-tri-buoi-sinh-hoat)
 2. Ghi biên bản buổi sinh hoạt chi bộ — 35 phút, đã học 0% (ghi-bien-ban)
 3. Sinh hoạt chi bộ chuyên đề — 15 phút, đã học 0% (sinh-hoat-chuyen-de)
 4. Soạn nghị quyết chi bộ — 40 phút, đã học 0% (soan-nghi-quyet)
 5. Trình tự một buổi sinh hoạt chi bộ thường kỳ — 20 phút, đã học 0% (trinh-tu-sinh-hoat)
 6. Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy — 15 phút, đã học 0% (vai-tro-bi-thu)
Chọn bài (số hoặc mã bài, Enter để quay lại): 
! Không có bài đó; hãy nhập số thứ tự hoặc mã bài.
Chọn bài (số hoặc mã bài, Enter để quay lại): 
Bước 1/14 [#.........] Một cách làm ở Cao Lộc
Ở Cao Lộc (Lạng Sơn), khi đại hội chi bộ nhiệm kỳ 2022–2025, cấp ủy đề nghị mỗi chi bộ thôn, khối phố đưa một cán bộ, công chức xã là đảng viên vào chi ủy. 122 trên 143 chi bộ (85,3%) đã làm được.

Các đồng chí cán bộ xã ấy đánh máy và lưu giữ văn bản của chi bộ, trước kia chỉ viết tay trong sổ. Họ kèm cặp những bí thư còn trẻ hoặc mới làm: cách điều hành buổi sinh hoạt, cách chọn vấn đề trọng tâm để bàn, cách sinh hoạt chuyên đề. Họ cũng góp ý để cách làm vừa đúng chủ trương cấp trên, vừa hợp với tình hình thôn.

Năm 2022, các chi bộ ở đây sinh hoạt 11–12 buổi trong năm; buổi nào cũng đạt từ khá trở lên, trên 95% đạt tốt.

Không phải thôn nào cũng có người kèm như vậy, trong khi bí thư thường kiêm luôn trưởng thôn nên rất ít thời gian. Bài này giúp đồng chí nắm vai trò của mình và chuẩn bị buổi họp chi ủy cho gọn, cho chắc.
Bước 2/14 [#.........] Chi bộ được tổ chức thế nào
Điều 24 Điều lệ Đảng nói về chi bộ:

- Chi bộ có ít nhất 3 đảng viên chính thức.
- Chi bộ có dưới 9 đảng viên chính thức: bầu bí thư; nếu cần thì bầu thêm phó bí thư. Chi bộ này không có chi ủy.
- Chi bộ có từ 9 đảng viên chính thức trở lên: bầu chi ủy, rồi bầu bí thư, phó bí thư trong số các chi ủy viên.
- Chi bộ và chi ủy họp thường lệ mỗi tháng một lần.
- Đại hội chi bộ họp hai lần trong một nhiệm kỳ 5 năm của cấp ủy cấp trên, nên mỗi nhiệm kỳ của chi bộ khoảng hai năm rưỡi.

Các mốc 3 và 9 tính theo đảng viên chính thức, không tính đảng viên dự bị.
Bước 3/14 [##........]
Theo Điều lệ Đảng, một chi bộ có ít nhất bao nhiêu đảng viên chính thức?
  1. 2
  2. 3
  3. 5
  4. 9
Chọn 1–4: 
Đúng. Chi bộ có ít nhất 3 đảng viên chính thức (Điều 24 Điều lệ Đảng).
Bước 4/14 [###.......]
Chi bộ thôn có 12 đảng viên chính thức và 2 đảng viên dự bị. Tại đại hội, chi bộ bầu như thế nào?
  1. Chỉ bầu bí thư
  2. Bầu bí thư và phó bí thư, không có chi ủy
  3. Bầu chi ủy, rồi bầu bí thư, phó bí thư trong số chi ủy viên
Chọn 1–3: 
Đúng. Có 12 đảng viên chính thức, từ 9 trở lên, nên chi bộ bầu chi ủy; bí thư, phó bí thư được bầu trong số chi ủy viên.
Bước 5/14 [####......] Chi bộ của đồng chí
Chỉ tính đảng viên chính thức, không tính dự bị.
Chi bộ của đồng chí có bao nhiêu đảng viên chính thức? (3–999): 
chibo: bài học chưa xong; tiến độ đã được lưu. Chạy 'chibo learn vai-tro-bi-thu' để học tiếp.
%% sql
SELECT r.status, count(a.id) FROM lesson_run r LEFT JOIN answer a ON a.run_id = r.id GROUP BY r.id;
%% rows
in_progress|2
%% # "Học tiếp" resumes at the number of members (step 5), then the lesson
%% # ends and the menu is shown again, without "Học tiếp".
%% run chibo --db $DB --user an
%% stdin
1
12
3
2
2
3
c
c
c
c
c
k
c
7
%% exit 0
%% output
chibo — học làm bí thư chi bộ
  1. Học tiếp: Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
  2. Danh sách bài học
  3. Bắt đầu buổi sinh hoạt chi bộ
  4. Tập dượt một buổi sinh hoạt
  5. Các buổi sinh hoạt đã ghi
  6. Soạn nghị quyết, biên bản
  7. Các văn bản đã soạn
  8. Thoát
Chọn: 
Bước 5/14 [####......] Chi bộ của đồng chí
Chỉ tính đảng viên chính thức, không tính dự bị.
Chi bộ của đồng chí có bao nhiêu đảng viên chính thức? (3–999): 
Có 12 đảng viên chính thức (từ 9 trở lên): chi bộ bầu chi ủy. Trước mỗi buổi sinh hoạt, chi ủy họp để thống nhất nội dung.
Bước 6/14 [####......] Chi bộ làm những việc gì
Điều 24 Điều lệ Đảng giao cho chi bộ các nhiệm vụ:

- Lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị (ở đây là thôn, tổ dân phố).
- Giáo dục, quản lý và phân công công việc cho đảng viên.
- Làm công tác vận động quần chúng.
- Phát triển đảng viên mới.
- Kiểm tra và thi hành kỷ luật đảng.
- Thu, nộp đảng phí.

Bí thư đứng đầu chi bộ, cùng chi ủy lo cho chi bộ làm đủ những việc đó. Buổi sinh hoạt hằng tháng là nơi gặp nhau để nhìn lại, phân công và kiểm tra, nên chuẩn bị tốt buổi sinh hoạt là một việc quan trọng hằng tháng của bí thư.
Bước 7/14 [#####.....]
Việc nào KHÔNG phải nhiệm vụ của chi bộ theo Điều 24 Điều lệ Đảng?
  1. Phát triển đảng viên mới
  2. Thu, nộp đảng phí
  3. Cấp giấy chứng nhận quyền sử dụng đất cho hộ dân
  4. Giáo dục, quản lý và phân công công việc cho đảng viên
Chọn 1–4: 
Đúng. Cấp giấy chứng nhận quyền sử dụng đất là việc của cơ quan nhà nước. Chi bộ lãnh đạo, không làm thay chính quyền.
Bước 8/14 [######....]
Theo Điều lệ Đảng, chi ủy họp thường lệ bao lâu một lần?
  1. Mỗi tuần một lần
  2. Mỗi tháng một lần
  3. Mỗi quý một lần
  4. Chỉ khi có việc
Chọn 1–4: 
Đúng. Chi bộ và chi ủy họp thường lệ mỗi tháng một lần (Điều 24 Điều lệ Đảng).
Bước 9/14 [######....] Họp chi ủy trước buổi sinh hoạt
Theo Hướng dẫn 42-HD/BTCTW ngày 28/10/2025, trước mỗi buổi sinh hoạt chi bộ có bốn việc chuẩn bị, và họp chi ủy là việc ở giữa:

1. Trước đó, bí thư phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có).

2. Chi ủy họp. Nơi không có chi ủy thì bí thư và phó bí thư họp. Buổi họp thống nhất:
- nội dung buổi sinh hoạt;
- đánh giá kết quả tháng trước: việc gì xong, việc gì chưa, vì sao;
- nhiệm vụ tháng tới;
- những vấn đề đưa ra chi bộ thảo luận và biểu quyết, nhất là việc mới, việc phức tạp ở địa phương.

3. Sau đó, thông báo thời gian, địa điểm, nội dung cho đảng viên và cho đồng chí cấp ủy cấp trên theo dõi chi bộ.

4. Đăng tài liệu lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt.

Vì vậy nên họp chi ủy sớm, đủ thời gian để kịp thông báo và đăng tài liệu.
Bước 10/14 [#######...] Chọn vấn đề trọng tâm
Chọn vấn đề trọng tâm là việc mà các đồng chí cán bộ xã ở Cao Lộc hay kèm bí thư mới. Vài gợi ý khi họp chi ủy (kinh nghiệm, không phải quy định):

- Mỗi tháng chọn một, hai vấn đề thật sự cần chi bộ bàn và quyết: một việc dân đang kiến nghị, một công trình đang làm dở, một việc cấp trên mới giao.
- Với mỗi vấn đề, chuẩn bị sẵn: tình hình hiện nay, các cách có thể làm, đề xuất của chi ủy.
- Đối chiếu với chủ trương của cấp trên và định hướng của đảng ủy xã, để cách làm vừa đúng chủ trương vừa hợp với thôn.
- Dự kiến rõ mỗi việc giao cho ai, bao giờ xong, để tháng sau chi bộ kiểm tra lại.
- Nếu chi ủy có cán bộ xã tham gia, nhờ đồng chí ấy xem trước dự thảo nghị quyết.
Bước 11/14 [########..]
Chi bộ thôn có 7 đảng viên chính thức. Trước buổi sinh hoạt tháng, ai họp để thống nhất nội dung?
  1. Cả 7 đảng viên
  2. Bí thư và phó bí thư
  3. Đảng ủy xã
Chọn 1–3: 
Đúng. Chi bộ dưới 9 đảng viên chính thức không có chi ủy; theo Hướng dẫn 42-HD/BTCTW, bí thư và phó bí thư họp thay.
Bước 12/14 [#########.]
Việc nào KHÔNG làm ở buổi họp chi ủy, mà để cả chi bộ quyết tại buổi sinh hoạt?
  1. Đánh giá kết quả tháng trước
  2. Chọn vấn đề đưa ra chi bộ thảo luận
  3. Biểu quyết thông qua nghị quyết của chi bộ
  4. Thống nhất dự kiến nhiệm vụ tháng tới
Chọn 1–4: 
Đúng. Chi ủy chỉ chuẩn bị và thống nhất đề xuất. Nghị quyết do chi bộ thảo luận và biểu quyết tại buổi sinh hoạt.
Bước 13/14 [#########.] Chuẩn bị buổi họp chi ủy tháng này
Xác nhận từng việc trước khi họp chi ủy. Năm việc đầu cần làm; hai việc sau nên làm nếu có điều kiện.
Xem lại nghị quyết tháng trước, ghi việc đã xong, việc chưa xong (c/k): 
Phân công người chuẩn bị nội dung và dự thảo nghị quyết (nếu có) (c/k): 
Tập hợp văn bản cấp trên và định hướng của đảng ủy xã cần phổ biến (c/k): 
Chọn một, hai vấn đề trọng tâm để chi bộ thảo luận, biểu quyết (c/k): 
Hẹn ngày họp chi ủy đủ sớm để kịp thông báo và đăng tài liệu ít nhất một ngày trước buổi sinh hoạt (c/k): 
Hỏi ý kiến đồng chí cán bộ xã trong chi ủy hoặc đồng chí cấp ủy cấp trên theo dõi chi bộ (c/k): 
Xem lại sổ thu, nộp đảng phí tháng này (c/k): 
Bước 14/14 [##########] Ghi nhớ
- Chi bộ có ít nhất 3 đảng viên chính thức; từ 9 đảng viên chính thức trở lên thì bầu chi ủy.
- Chi bộ và chi ủy họp thường lệ mỗi tháng một lần.
- Trước buổi sinh hoạt: phân công người chuẩn bị, họp chi ủy (hoặc bí thư với phó bí thư), thông báo, đăng tài liệu ít nhất một ngày trước.
- Chi ủy chuẩn bị và đề xuất; chi bộ thảo luận và quyết.

Xem thêm bài "Trình tự một buổi sinh hoạt chi bộ thường kỳ".
Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
chibo — học làm bí thư chi bộ
  1. Danh sách bài học
  2. Bắt đầu buổi sinh hoạt chi bộ
  3. Tập dượt một buổi sinh hoạt
  4. Các buổi sinh hoạt đã ghi
  5. Soạn nghị quyết, biên bản
  6. Các văn bản đã soạn
  7. Thoát
Chọn: 
%% sql
SELECT r.status, count(a.id) FROM lesson_run r LEFT JOIN answer a ON a.run_id = r.id GROUP BY r.id;
%% rows
done|14
%% run chibo --db $DB --user an
%% stdin
9
1

7
%% exit 0
%% output
chibo — học làm bí thư chi bộ
  1. Danh sách bài học
  2. Bắt đầu buổi sinh hoạt chi bộ
  3. Tập dượt một buổi sinh hoạt
  4. Các buổi sinh hoạt đã ghi
  5. Soạn nghị quyết, biên bản
  6. Các văn bản đã soạn
  7. Thoát
Chọn: 
! Hãy chọn một số trong trình đơn.
chibo — học làm bí thư chi bộ
  1. Danh sách bài học
  2. Bắt đầu buổi sinh hoạt chi bộ
  3. Tập dượt một buổi sinh hoạt
  4. Các buổi sinh hoạt đã ghi
  5. Soạn nghị quyết, biên bản
  6. Các văn bản đã soạn
  7. Thoát
Chọn: 
Các bài học:
 1. Chủ trì buổi sinh hoạt chi bộ — 20 phút, đã học 0% (chu-tri-buoi-sinh-hoat)
 2. Ghi biên bản buổi sinh hoạt chi bộ — 35 phút, đã học 0% (ghi-bien-ban)
 3. Sinh hoạt chi bộ chuyên đề — 15 phút, đã học 0% (sinh-hoat-chuyen-de)
 4. Soạn nghị quyết chi bộ — 40 phút, đã học 0% (soan-nghi-quyet)
 5. Trình tự một buổi sinh hoạt chi bộ thường kỳ — 20 phút, đã học 0% (trinh-tu-sinh-hoat)
 6. Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy — 15 phút, đã học 100% (vai-tro-bi-thu)
Chọn bài (số hoặc mã bài, Enter để quay lại): 
chibo — học làm bí thư chi bộ
  1. Danh sách bài học
  2. Bắt đầu buổi sinh hoạt chi bộ
  3. Tập dượt một buổi sinh hoạt
  4. Các buổi sinh hoạt đã ghi
  5. Soạn nghị quyết, biên bản
  6. Các văn bản đã soạn
  7. Thoát
Chọn: 
