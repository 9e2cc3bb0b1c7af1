-- scripts/demo/names.sql — the word lists of the demo data (temp tables):
-- family, middle and given names, the 34 provinces, commune and village
-- names, meeting topics, places and review comments.  Read by
-- scripts/demo-data.sh before the generator files.  Each list is numbered
-- from 1 in its order (i; within a sex or a target where there is one) so
-- that `i = 1 + r % <its count>` picks an entry.

-- Family names (họ), repeated by rough frequency: Nguyễn about a third.
CREATE TEMP TABLE d_ho (i INTEGER PRIMARY KEY, w TEXT NOT NULL);
INSERT INTO d_ho (w) VALUES
	('Nguyễn'), ('Nguyễn'), ('Nguyễn'), ('Nguyễn'), ('Nguyễn'), ('Nguyễn'),
	('Nguyễn'), ('Nguyễn'), ('Nguyễn'), ('Nguyễn'), ('Trần'), ('Trần'),
	('Trần'), ('Lê'), ('Lê'), ('Lê'), ('Phạm'), ('Phạm'), ('Hoàng'),
	('Hoàng'), ('Vũ'), ('Vũ'), ('Đặng'), ('Bùi'), ('Đỗ'), ('Hồ'), ('Ngô'),
	('Dương'), ('Lý'), ('Hà'), ('Nông'), ('Lương'), ('Triệu'), ('Vi'),
	('Lục'), ('Tô'), ('Đinh'), ('Mai'), ('Phan'), ('Trịnh');

-- Middle names (tên đệm) and given names (tên), by sex (0 male, 1 female).
CREATE TEMP TABLE d_dem (n INTEGER PRIMARY KEY, sex INTEGER NOT NULL,
	i INTEGER, w TEXT NOT NULL);
INSERT INTO d_dem (sex, w) VALUES
	(0, 'Văn'), (0, 'Văn'), (0, 'Văn'), (0, 'Đức'), (0, 'Minh'),
	(0, 'Hữu'), (0, 'Mạnh'), (0, 'Xuân'), (0, 'Công'), (0, 'Thanh'),
	(0, 'Ngọc'), (0, 'Đình'),
	(1, 'Thị'), (1, 'Thị'), (1, 'Thị'), (1, 'Thu'), (1, 'Minh'),
	(1, 'Bích'), (1, 'Thanh'), (1, 'Mỹ'), (1, 'Hồng'), (1, 'Kim');
UPDATE d_dem SET i = n - (SELECT min(n) FROM d_dem AS o
	WHERE o.sex = d_dem.sex) + 1;
CREATE UNIQUE INDEX d_dem_pick ON d_dem (sex, i);

CREATE TEMP TABLE d_ten (n INTEGER PRIMARY KEY, sex INTEGER NOT NULL,
	i INTEGER, w TEXT NOT NULL);
INSERT INTO d_ten (sex, w) VALUES
	(0, 'An'), (0, 'Bình'), (0, 'Cường'), (0, 'Dũng'), (0, 'Hải'),
	(0, 'Hùng'), (0, 'Long'), (0, 'Nam'), (0, 'Quang'), (0, 'Sơn'),
	(0, 'Tuấn'), (0, 'Thành'), (0, 'Trung'), (0, 'Hiếu'), (0, 'Khánh'),
	(0, 'Phúc'), (0, 'Tùng'), (0, 'Việt'), (0, 'Đạt'), (0, 'Thắng'),
	(0, 'Toàn'), (0, 'Hưng'), (0, 'Lâm'), (0, 'Định'),
	(1, 'Hà'), (1, 'Hạnh'), (1, 'Hoa'), (1, 'Lan'), (1, 'Mai'),
	(1, 'Ngọc'), (1, 'Phương'), (1, 'Thảo'), (1, 'Vân'), (1, 'Hương'),
	(1, 'Linh'), (1, 'Nga'), (1, 'Yến'), (1, 'Thủy'), (1, 'Trang'),
	(1, 'Huyền'), (1, 'Dung'), (1, 'Loan'), (1, 'Hằng'), (1, 'Nhung');
UPDATE d_ten SET i = n - (SELECT min(n) FROM d_ten AS o
	WHERE o.sex = d_ten.sex) + 1;
CREATE UNIQUE INDEX d_ten_pick ON d_ten (sex, i);

-- The 34 provinces and cities since 1 July 2025, with the unit code's
-- prefix; Lạng Sơn (Cao Lộc's province) first, so that the commune and
-- province sizes are in Lạng Sơn.
CREATE TEMP TABLE d_tinh (i INTEGER PRIMARY KEY, code TEXT NOT NULL,
	city INTEGER NOT NULL, w TEXT NOT NULL);
INSERT INTO d_tinh (code, city, w) VALUES
	('LS', 0, 'Lạng Sơn'), ('HN', 1, 'Hà Nội'), ('HCM', 1, 'Hồ Chí Minh'),
	('HP', 1, 'Hải Phòng'), ('DNG', 1, 'Đà Nẵng'), ('CT', 1, 'Cần Thơ'),
	('HUE', 1, 'Huế'), ('LCH', 0, 'Lai Châu'), ('DB', 0, 'Điện Biên'),
	('SL', 0, 'Sơn La'), ('QN', 0, 'Quảng Ninh'), ('TH', 0, 'Thanh Hóa'),
	('NA', 0, 'Nghệ An'), ('HT', 0, 'Hà Tĩnh'), ('CB', 0, 'Cao Bằng'),
	('TQ', 0, 'Tuyên Quang'), ('LCA', 0, 'Lào Cai'),
	('TN', 0, 'Thái Nguyên'), ('PT', 0, 'Phú Thọ'), ('BN', 0, 'Bắc Ninh'),
	('HY', 0, 'Hưng Yên'), ('NB', 0, 'Ninh Bình'), ('QT', 0, 'Quảng Trị'),
	('QNG', 0, 'Quảng Ngãi'), ('GL', 0, 'Gia Lai'), ('KH', 0, 'Khánh Hòa'),
	('LD', 0, 'Lâm Đồng'), ('DL', 0, 'Đắk Lắk'), ('DN', 0, 'Đồng Nai'),
	('TNI', 0, 'Tây Ninh'), ('VL', 0, 'Vĩnh Long'), ('DT', 0, 'Đồng Tháp'),
	('CM', 0, 'Cà Mau'), ('AG', 0, 'An Giang');

-- Commune names: a first syllable (20) and a second (20), no word in both,
-- so 400 different two-syllable names ("Tân Thịnh", "Hòa Bình").
CREATE TEMP TABLE d_xa1 (i INTEGER PRIMARY KEY, w TEXT NOT NULL);
INSERT INTO d_xa1 (w) VALUES
	('Tân'), ('Hòa'), ('Phú'), ('Đông'), ('Tây'), ('Nam'), ('Bắc'),
	('Vĩnh'), ('Xuân'), ('Quang'), ('Yên'), ('Kim'), ('Đồng'), ('Thanh'),
	('Hồng'), ('Minh'), ('Đức'), ('Trường'), ('Cẩm'), ('Hương');
CREATE TEMP TABLE d_xa2 (i INTEGER PRIMARY KEY, w TEXT NOT NULL);
INSERT INTO d_xa2 (w) VALUES
	('Bình'), ('Lộc'), ('Thịnh'), ('Lợi'), ('Hưng'), ('Thành'), ('An'),
	('Tiến'), ('Lập'), ('Sơn'), ('Hải'), ('Long'), ('Quý'), ('Phước'),
	('Khánh'), ('Trung'), ('Mỹ'), ('Phong'), ('Hà'), ('Tâm');

-- Villages of a xã: 61 names (a prime, so that any stride below 61 walks
-- them all without repeating: 45 cells never share a name).
CREATE TEMP TABLE d_thon (i INTEGER PRIMARY KEY, w TEXT NOT NULL);
INSERT INTO d_thon (w) VALUES
	('thôn Nà Cạn'), ('thôn Nà Làng'), ('thôn Bản Cầu'), ('thôn Khuổi Mỏ'),
	('thôn Pác Luống'), ('thôn Còn Quyền'), ('thôn Nà Pàn'),
	('thôn Lũng Vài'), ('thôn Khòn Khuyên'), ('thôn Pò Cại'),
	('thôn Nà Hin'), ('thôn Bản Chu'), ('thôn Phai Luông'), ('thôn Nà Lừa'),
	('thôn Kéo Nàng'), ('thôn Đồng Chùa'), ('thôn Làng Mới'),
	('thôn Đông'), ('thôn Tây'), ('thôn Trung'), ('thôn Hạ'),
	('thôn Thượng'), ('thôn Bến'), ('thôn Đình'), ('thôn Chợ'),
	('thôn Tân Lập'), ('thôn Tân Tiến'), ('thôn Đoàn Kết'),
	('thôn Thống Nhất'), ('thôn Quyết Thắng'), ('thôn Hợp Thành'),
	('thôn Bình Minh'), ('thôn Hồng Phong'), ('thôn Na Sầm'),
	('thôn Pác Cáp'), ('thôn Khòn Pịt'), ('thôn Nà Tèn'), ('thôn Bó Đấng'),
	('thôn Lạng Giai'), ('thôn Nà Thâm'), ('thôn Pò Nhùng'),
	('thôn Khuổi Khuông'), ('thôn Bản Thí'), ('thôn Nà Mò'),
	('thôn Pắc Nặm'), ('thôn Cốc Lùng'), ('thôn Nà Tồng'),
	('thôn Phiêng Quăn'), ('thôn Lủng Phặc'), ('thôn Bản Hẩu'),
	('thôn Kéo Cặp'), ('thôn Nà Chi'), ('thôn Đồng Tâm'), ('thôn Yên Thịnh'),
	('thôn Phúc Lộc'), ('thôn Xuân Hòa'), ('thôn An Bình'),
	('thôn Tiền Phong'), ('thôn Đồng Bục'), ('thôn Nam Sơn'),
	('thôn Mỏ Khang');

-- Thematic meeting topics (chuyên đề).
CREATE TEMP TABLE d_topic (i INTEGER PRIMARY KEY, w TEXT NOT NULL);
INSERT INTO d_topic (w) VALUES
	('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
	('Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới'),
	('Đảng viên tham gia phòng, chống tác hại của ma túy ở thôn'),
	('Chuyển đổi số: hướng dẫn bà con dùng dịch vụ công trực tuyến'),
	('Giữ gìn vệ sinh môi trường, phân loại rác tại hộ gia đình'),
	('Chủ động phòng, chống thiên tai, sạt lở mùa mưa bão'),
	('Phát triển kinh tế hộ gia đình, giảm nghèo bền vững'),
	('Giữ gìn an ninh, trật tự và an toàn giao thông trong thôn'),
	('Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn 42-HD/BTCTW'),
	('Công tác phát triển đảng viên trong đoàn viên thanh niên'),
	('Thực hiện nếp sống văn minh trong việc cưới, việc tang'),
	('Bảo vệ rừng và phòng cháy, chữa cháy rừng');

-- Review comments of a mentor, by target.
CREATE TEMP TABLE d_comment (n INTEGER PRIMARY KEY, target TEXT NOT NULL,
	i INTEGER, w TEXT NOT NULL);
INSERT INTO d_comment (target, w) VALUES
	('meeting', 'Buổi sinh hoạt đúng trình tự. Lần sau đồng chí dành thêm '
		|| 'thời gian cho phần thảo luận, mời nhiều đảng viên phát biểu hơn.'),
	('meeting', 'Kết luận còn chung chung: nên ghi rõ việc, rõ người, rõ thời '
		|| 'hạn để tháng sau kiểm tra được.'),
	('meeting', 'Tốt. Phần đánh giá việc tháng trước có số liệu cụ thể, nên '
		|| 'giữ cách làm này.'),
	('meeting', 'Chưa đủ thời lượng 90 phút; đồng chí chuẩn bị nội dung trước '
		|| 'với chi ủy để buổi sau không bị gấp.'),
	('revision', 'Phần hạn chế cần nêu cả nguyên nhân chủ quan. Mục nhiệm vụ '
		|| 'nên ghi người phụ trách và thời hạn.'),
	('revision', 'Dự thảo đúng thể thức. Đồng chí sửa lại trích yếu cho gọn '
		|| 'rồi gửi chi ủy xem trước buổi họp.'),
	('step', 'Đồng chí xem lại Điều 24 Điều lệ Đảng: mốc tính theo đảng viên '
		|| 'chính thức. Có gì chưa rõ thì gọi cho tôi.'),
	('step', 'Câu này nhiều đồng chí nhầm. Đọc lại phần giải thích rồi làm '
		|| 'lại nhé.'),
	('lesson', 'Đồng chí học đều, nắm chắc trình tự. Tháng tới học tiếp bài '
		|| 'sinh hoạt chuyên đề.'),
	('lesson', 'Đã xong bài. Nên áp dụng ngay ở buổi sinh hoạt tháng này.');
UPDATE d_comment SET i = n - (SELECT min(n) FROM d_comment AS o
	WHERE o.target = d_comment.target) + 1;
CREATE UNIQUE INDEX d_comment_pick ON d_comment (target, i);
