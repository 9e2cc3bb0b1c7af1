-- Bài hỏng: một loại bước viết sai (quizz → quiz) và một lỗi khác ở bước
-- sau; "lesson check" phải báo cả hai.
return lesson {
  id = "loai-buoc-sai",
  version = 1,
  title = "Loại bước viết sai",
  steps = {
    read { id = "mo-dau", text = "Xin chào" },
    quizz { id = "cau-1", question = "Hỏi?", choices = { "A", "B" }, answer = 1 },
    read { id = "ket-thuc", txt = "Hết" },
  },
}
