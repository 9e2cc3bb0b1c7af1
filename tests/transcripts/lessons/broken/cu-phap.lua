-- Bài hỏng: lỗi cú pháp Lua (thiếu dấu phẩy ở dòng 7).
return lesson {
  id = "cu-phap",
  version = 1,
  title = "Lỗi cú pháp",
  steps = {
    read { id = "mo-dau", text = "Xin chào" }
    read { id = "ket-thuc", text = "Hết" },
  },
}
