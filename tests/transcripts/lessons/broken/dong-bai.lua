-- Bài hỏng: lỗi ở cấp bài học (version là chuỗi) trong cách viết chuẩn
-- "return lesson { … }"; lỗi phải kèm số dòng (3, dòng "return lesson {") như mọi lỗi khác.
return lesson {
  id = "dong-bai",
  version = "1",
  title = "Lỗi ở cấp bài học",
  steps = { read { id = "mo-dau", text = "Xin chào" } },
}
