-- Bài hỏng: tạo bài học nhưng quên "return".
lesson {
  id = "khong-tra-ve",
  version = 1,
  title = "Quên return",
  steps = { read { id = "mo-dau", text = "Xin chào" } },
}
