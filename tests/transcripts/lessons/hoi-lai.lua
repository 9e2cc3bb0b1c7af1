-- Bài kiểm thử: câu hỏi trắc nghiệm hỏi lại đến khi đúng; sau mỗi lần sai
-- hiện gợi ý kế tiếp, hết gợi ý thì hiện giải thích.
return lesson {
  id = "hoi-lai",
  version = 1,
  title = "Kiểm thử hỏi lại",
  minutes = 1,
  steps = {
    quiz {
      id = "thoi-luong",
      title = "Thời lượng",
      question = "Buổi sinh hoạt chi bộ thường kỳ kéo dài ít nhất bao lâu?",
      choices = { "30 phút", "60 phút", "90 phút", "120 phút" },
      answer = 3,
      hints = { "Hơn một tiếng.", "Một tiếng rưỡi." },
      explain = "Ít nhất 90 phút (Hướng dẫn 42-HD/BTCTW).",
    },
    checklist {
      id = "chuan-bi",
      title = "Chuẩn bị",
      items = {
        { id = "thong-bao", text = "Đã thông báo cho đảng viên", required = true },
        { id = "noi-hop", text = "Đã chuẩn bị nơi họp" },
      },
    },
  },
}
