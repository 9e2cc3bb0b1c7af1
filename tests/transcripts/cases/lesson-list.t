"lesson list": every bundled lesson with its minutes, the user's progress
(steps done / steps, in %) and its title.  Progress is per user; a finished
lesson shows 100% (also while a new run of it is in progress).

%% run chibo --db $DB --user an lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15        0%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
%% # 4 of the 14 steps of vai-tro-bi-thu done (steps 1–4; step 5 waits).
%% run chibo --db $DB --user an learn vai-tro-bi-thu
%% stdin
2
3
%% exit 3
%% output
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
%% run chibo --db $DB --user an lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15       28%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
%% run chibo --db $DB --user an learn trinh-tu-sinh-hoat
%% stdin trinh-tu-sinh-hoat.answers
%% exit 0
%% output
Bước 1/18 [#.........] Vì sao cần nắm trình tự
Mỗi tháng chi bộ sinh hoạt thường kỳ một lần. Đây là lúc đảng viên trong thôn cùng nhìn lại việc tháng trước, bàn việc tháng tới và thống nhất ai làm việc gì.

Văn bản mới nhất về việc này là Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương. Cùng với Chỉ thị 50-CT/TW ngày 23/7/2025, hướng dẫn này yêu cầu tiếp tục nâng cao chất lượng sinh hoạt chi bộ. Trước đó có Hướng dẫn 12-HD/BTCTW ngày 06/7/2018; phần khai mạc trong bài này vẫn làm theo thứ tự quen thuộc của hướng dẫn đó.

Lưu ý: có một văn bản khác cũng mang số 12-HD/BTCTW (ngày 18/01/2022) nói về việc khác. Khi nhắc đến văn bản, đồng chí luôn ghi cả số và ngày.

Bài này đi qua bốn phần: chuẩn bị, khai mạc, nội dung, bế mạc; sau đó là thời lượng và cách tính số người có mặt.
Bước 2/18 [#.........] Phần 1. Bốn việc chuẩn bị
Theo Hướng dẫn 42-HD/BTCTW (Hướng dẫn 12-HD/BTCTW trước đây cũng tương tự), trước mỗi buổi sinh hoạt có bốn việc:

1. Bí thư phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có).

2. Chi ủy họp để thống nhất nội dung; nơi không có chi ủy thì bí thư và phó bí thư họp. Buổi họp đánh giá kết quả tháng trước, đề ra nhiệm vụ tháng tới, chọn những vấn đề đưa ra chi bộ thảo luận và biểu quyết, nhất là việc mới, việc phức tạp ở địa phương.

3. Thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và cho đồng chí cấp ủy cấp trên theo dõi chi bộ.

4. Đăng tài liệu sinh hoạt lên ứng dụng Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt.

Việc thứ hai, họp chi ủy, được nói kỹ trong bài "Vai trò của bí thư chi bộ".
Bước 3/18 [##........]
Tài liệu sinh hoạt chi bộ cần được đăng lên Sổ tay đảng viên điện tử chậm nhất là khi nào?
  1. Ngay đầu buổi sinh hoạt
  2. Ít nhất một ngày trước buổi sinh hoạt
  3. Trong vòng một tuần sau buổi sinh hoạt
Chọn 1–3: 
! Chưa đúng. Gợi ý: Đảng viên cần có thời gian đọc trước khi đến họp.
Chọn 1–3: 
Đúng. Hướng dẫn 42-HD/BTCTW yêu cầu đăng tài liệu ít nhất một ngày trước, để đảng viên đọc trước và đến họp đã có ý kiến.
Bước 4/18 [##........] Tự kiểm tra: việc chuẩn bị cho buổi sinh hoạt tới
Xác nhận từng việc đồng chí sẽ làm trước buổi sinh hoạt tới. Bốn việc đầu là việc hướng dẫn yêu cầu, cần xác nhận.
Phân công phó bí thư hoặc chi ủy viên chuẩn bị nội dung, dự thảo nghị quyết (nếu có) (c/k): 
Họp chi ủy (hoặc bí thư với phó bí thư) để thống nhất nội dung (c/k): 
Thông báo thời gian, địa điểm, nội dung cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ (c/k): 
Đăng tài liệu lên Sổ tay đảng viên điện tử ít nhất một ngày trước (c/k): 
Nhờ đồng chí cán bộ xã trong chi ủy (nếu có) xem trước dự thảo nghị quyết (c/k): 
Chuẩn bị nơi họp, sổ biên bản, danh sách đảng viên (c/k): 
Bước 5/18 [###.......] Phần 2. Khai mạc
Phần khai mạc thường làm theo thứ tự của Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 (mục II.1.2):

a) Tuyên bố lý do, giới thiệu đại biểu dự (nếu có).

b) Cử thư ký ghi biên bản.

c) Báo cáo tình hình đảng viên dự sinh hoạt: bao nhiêu đồng chí có mặt, bao nhiêu vắng có lý do, bao nhiêu vắng không có lý do.

d) Thông qua chương trình buổi sinh hoạt.

Hướng dẫn không nêu nghi thức chào cờ trong phần này. Một số nơi thêm việc báo cáo thu, nộp đảng phí; việc đó làm theo hướng dẫn của cấp ủy cấp trên, không phải quy định chung.
Bước 6/18 [###.......]
Sau khi tuyên bố lý do và giới thiệu đại biểu, việc tiếp theo trong phần khai mạc là gì?
  1. Thông qua chương trình buổi sinh hoạt
  2. Cử thư ký ghi biên bản
  3. Báo cáo kết quả tháng trước
  4. Biểu quyết nghị quyết
Chọn 1–4: 
Đúng. Thứ tự khai mạc: (a) lý do, đại biểu; (b) cử thư ký; (c) báo cáo số đảng viên có mặt, vắng mặt; (d) thông qua chương trình.
Bước 7/18 [####......]
Việc nào KHÔNG nằm trong bốn bước khai mạc theo Hướng dẫn 12-HD/BTCTW ngày 06/7/2018?
  1. Cử thư ký ghi biên bản
  2. Báo cáo số đảng viên có mặt, vắng có lý do, vắng không lý do
  3. Báo cáo thu, nộp đảng phí
  4. Thông qua chương trình buổi sinh hoạt
Chọn 1–4: 
Đúng. Báo cáo đảng phí không thuộc bốn bước khai mạc; một số nơi thêm vào theo hướng dẫn của cấp ủy cấp trên.
Bước 8/18 [####......] Phần 3. Nội dung
Đây là phần chính và dài nhất. Theo chương trình sinh hoạt mà các chi bộ thường dùng, phần này thường gồm:

- Báo cáo kết quả thực hiện nghị quyết tháng trước và dự kiến nhiệm vụ tháng tới.
- Phổ biến văn bản của cấp trên và định hướng của đảng ủy xã.
- Đại biểu cấp trên phát biểu (nếu có).
- Đảng viên thảo luận: nói thẳng ý kiến, phê bình và tự phê bình.
- Người chủ trì kết luận, giao việc cụ thể cho từng người, có thời hạn.
- Biểu quyết thông qua kết luận hoặc nghị quyết: giơ tay; có nơi biểu quyết thêm trên ứng dụng Sổ tay đảng viên điện tử.
- Kết nạp đảng viên, chuyển sinh hoạt đảng (nếu có).

Gợi ý: nên dành nhiều thời gian nhất cho phần thảo luận những việc chi ủy đã chọn. Phần báo cáo nên gọn, vì tài liệu đã được đăng trước.
Bước 9/18 [#####.....] Phần 4. Bế mạc và biên bản
Cuối buổi thường có ba việc:

- Chi bộ đánh giá chất lượng buổi sinh hoạt theo bảng tiêu chí của cấp ủy cấp trên (mỗi tỉnh, mỗi đảng bộ có thể có bảng riêng).
- Thư ký đọc biên bản để chi bộ thông qua.
- Người chủ trì bế mạc.

Biên bản cần ghi: thời gian, địa điểm; số đảng viên được triệu tập (chính thức, dự bị); số có mặt; số vắng có lý do, vắng không lý do và tên người vắng; đại biểu; người chủ trì và thư ký; chương trình; tóm tắt từng nội dung và ý kiến thảo luận; kết luận; kết quả biểu quyết; giờ kết thúc; chữ ký của người chủ trì và thư ký.
Bước 10/18 [######....]
Trước khi bế mạc, biên bản buổi sinh hoạt được xử lý thế nào?
  1. Thư ký đọc biên bản để chi bộ thông qua
  2. Thư ký giữ lại, tháng sau mới đọc
  3. Bí thư tự ký, không cần đọc
Chọn 1–3: 
Đúng. Thư ký đọc biên bản ngay cuối buổi để chi bộ thông qua; người chủ trì và thư ký ký biên bản.
Bước 11/18 [######....] Thời lượng
Hướng dẫn 42-HD/BTCTW nêu rõ:

- Mỗi buổi sinh hoạt chi bộ kéo dài ít nhất 90 phút.
- Sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề trong cùng một buổi: ít nhất 120 phút.
- Chi bộ có rất ít đảng viên: thời lượng do cấp ủy cấp trên quyết định.

Sinh hoạt chuyên đề thường tổ chức ít nhất mỗi quý một lần; số lần và chủ đề cụ thể theo hướng dẫn của cấp ủy cấp trên.

Với 90 phút, đồng chí có thể tự chia thời gian, ví dụ: khai mạc khoảng 10 phút; báo cáo và phổ biến văn bản khoảng 25 phút; thảo luận khoảng 40 phút; kết luận, biểu quyết và bế mạc khoảng 15 phút. Đây chỉ là gợi ý.
Bước 12/18 [#######...]
Theo Hướng dẫn 42-HD/BTCTW, một buổi sinh hoạt chi bộ thường kỳ kéo dài ít nhất bao lâu?
  1. 60 phút
  2. 90 phút
  3. 120 phút
Chọn 1–3: 
Đúng. Ít nhất 90 phút. Nếu kết hợp với sinh hoạt chuyên đề thì ít nhất 120 phút.
Bước 13/18 [#######...]
Chi bộ sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề trong cùng một buổi. Buổi đó cần ít nhất bao lâu?
  1. 90 phút
  2. 100 phút
  3. 120 phút
  4. 150 phút
Chọn 1–4: 
Đúng. Hướng dẫn 42-HD/BTCTW: buổi kết hợp cần ít nhất 120 phút. Chi bộ rất ít đảng viên thì cấp ủy cấp trên quyết định thời lượng.
Bước 14/18 [########..] Số người có mặt và biểu quyết
Hai tỷ lệ dưới đây thường được áp dụng theo hướng dẫn của cấp ủy cấp trên. Đồng chí nên hỏi lại đảng ủy xã xem nơi mình áp dụng thế nào.

- Buổi sinh hoạt hợp lệ khi có mặt ít nhất hai phần ba (2/3) số đảng viên chính thức được triệu tập.
- Nghị quyết được thông qua khi quá nửa (hơn một nửa) số đảng viên chính thức của chi bộ tán thành.

Ví dụ: chi bộ có 15 đảng viên chính thức được triệu tập, 12 đồng chí có mặt: 12/15 = 80% ≥ 2/3, đủ số người. Để nghị quyết được thông qua cần ít nhất 8 đồng chí tán thành, vì 8 là quá nửa của 15.
Bước 15/18 [########..]
Theo cách tính thường dùng, chi bộ có 15 đảng viên chính thức được triệu tập cần ít nhất bao nhiêu đồng chí có mặt?
  1. 8
  2. 10
  3. 12
  4. 15
Chọn 1–4: 
! Chưa đúng. Gợi ý: Lấy 15 chia 3, rồi nhân 2.
Chọn 1–4: 
Đúng. Hai phần ba của 15 là 10 (10/15 = 2/3). Tỷ lệ này thường do hướng dẫn của cấp ủy cấp trên quy định; hãy hỏi lại đảng ủy xã.
Bước 16/18 [#########.] Chi bộ của đồng chí
Tên chi bộ (ví dụ: Chi bộ thôn Bản Cầu): 
Số đảng viên chính thức (3–999): 
Số đảng viên dự bị (0–999): 
Ngày dự kiến sinh hoạt (ngày/tháng/năm): 
Hình thức buổi sinh hoạt
  1. Sinh hoạt thường kỳ
  2. Thường kỳ kết hợp sinh hoạt chuyên đề
Chọn 1–2: 
Bước 17/18 [#########.] Tính thử cho chi bộ của đồng chí
Chi bộ thôn Bản Cầu có 15 đảng viên chính thức. Theo cách tính thường dùng, cần ít nhất 10 đồng chí có mặt (2/3).
Đồng chí dự kiến bao nhiêu đảng viên chính thức có mặt? (0–15): 
12/15 = 80% ≥ 2/3: đủ số người có mặt theo cách tính thường dùng.
Nghị quyết thường cần quá nửa số đảng viên chính thức tán thành: với 15 đồng chí là ít nhất 8 đồng chí.
Thời lượng tối thiểu theo Hướng dẫn 42-HD/BTCTW cho hình thức này: 90 phút (chi bộ rất ít đảng viên: cấp ủy cấp trên quyết định).
Bước 18/18 [##########] Ghi nhớ
- Chuẩn bị: phân công người chuẩn bị, họp chi ủy, thông báo, đăng tài liệu ít nhất một ngày trước.
- Khai mạc: lý do và đại biểu, cử thư ký, báo cáo số có mặt và vắng mặt, thông qua chương trình.
- Nội dung: báo cáo, phổ biến văn bản, thảo luận, kết luận và giao việc, biểu quyết.
- Bế mạc: đánh giá chất lượng, thông qua biên bản, bế mạc.
- Thời lượng: ít nhất 90 phút; kết hợp chuyên đề ít nhất 120 phút.
- Tỷ lệ có mặt và biểu quyết: làm theo hướng dẫn của cấp ủy cấp trên.
Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
%% run chibo --db $DB --user an lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20      100%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15       28%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
%% # Another learner has no progress.
%% run chibo --db $DB --user binh lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15        0%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
%% # Learning a finished lesson again starts a new run; the list still says 100%.
%% run chibo --db $DB --user an learn trinh-tu-sinh-hoat
%% stdin
1
%% exit 3
%% output
Bước 1/18 [#.........] Vì sao cần nắm trình tự
Mỗi tháng chi bộ sinh hoạt thường kỳ một lần. Đây là lúc đảng viên trong thôn cùng nhìn lại việc tháng trước, bàn việc tháng tới và thống nhất ai làm việc gì.

Văn bản mới nhất về việc này là Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương. Cùng với Chỉ thị 50-CT/TW ngày 23/7/2025, hướng dẫn này yêu cầu tiếp tục nâng cao chất lượng sinh hoạt chi bộ. Trước đó có Hướng dẫn 12-HD/BTCTW ngày 06/7/2018; phần khai mạc trong bài này vẫn làm theo thứ tự quen thuộc của hướng dẫn đó.

Lưu ý: có một văn bản khác cũng mang số 12-HD/BTCTW (ngày 18/01/2022) nói về việc khác. Khi nhắc đến văn bản, đồng chí luôn ghi cả số và ngày.

Bài này đi qua bốn phần: chuẩn bị, khai mạc, nội dung, bế mạc; sau đó là thời lượng và cách tính số người có mặt.
Bước 2/18 [#.........] Phần 1. Bốn việc chuẩn bị
Theo Hướng dẫn 42-HD/BTCTW (Hướng dẫn 12-HD/BTCTW trước đây cũng tương tự), trước mỗi buổi sinh hoạt có bốn việc:

1. Bí thư phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có).

2. Chi ủy họp để thống nhất nội dung; nơi không có chi ủy thì bí thư và phó bí thư họp. Buổi họp đánh giá kết quả tháng trước, đề ra nhiệm vụ tháng tới, chọn những vấn đề đưa ra chi bộ thảo luận và biểu quyết, nhất là việc mới, việc phức tạp ở địa phương.

3. Thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và cho đồng chí cấp ủy cấp trên theo dõi chi bộ.

4. Đăng tài liệu sinh hoạt lên ứng dụng Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt.

Việc thứ hai, họp chi ủy, được nói kỹ trong bài "Vai trò của bí thư chi bộ".
Bước 3/18 [##........]
Tài liệu sinh hoạt chi bộ cần được đăng lên Sổ tay đảng viên điện tử chậm nhất là khi nào?
  1. Ngay đầu buổi sinh hoạt
  2. Ít nhất một ngày trước buổi sinh hoạt
  3. Trong vòng một tuần sau buổi sinh hoạt
Chọn 1–3: 
! Chưa đúng. Gợi ý: Đảng viên cần có thời gian đọc trước khi đến họp.
Chọn 1–3: 
chibo: bài học chưa xong; tiến độ đã được lưu. Chạy 'chibo learn trinh-tu-sinh-hoat' để học tiếp.
%% run chibo --db $DB --user an lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20      100%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15       28%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
%% sql
SELECT p.login, r.lesson_id, r.status FROM lesson_run r JOIN person p ON p.id = r.person_id
 ORDER BY p.login, r.lesson_id, r.status;
%% rows
an|trinh-tu-sinh-hoat|done
an|trinh-tu-sinh-hoat|in_progress
an|vai-tro-bi-thu|in_progress
