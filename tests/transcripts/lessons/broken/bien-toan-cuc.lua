-- Bài hỏng: viết sai tên hàm lesson (leson → lesson).
return leson {
  id = "bien-toan-cuc",
  version = 1,
  title = "Biến toàn cục chưa khai báo",
  steps = { read { id = "mo-dau", text = "Xin chào" } },
}
