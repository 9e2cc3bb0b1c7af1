-- Bài hỏng (kiểm thử "lesson check"): mỗi dòng đánh dấu LỖI có một lỗi mà
-- chibo phải báo, kèm số dòng (của bước chứa lỗi); tên trường viết gần đúng
-- thì có gợi ý.  ("local bai = lesson { … }; return bai": xem dong-bai.lua.)
local bai = lesson {
  id = "loi-truong",
  version = "1",                                            -- LỖI: chuỗi, không phải số nguyên
  titel = "Bài có lỗi trường",                              -- LỖI: titel → title (và thiếu title)
  minutes = 1.5,                                            -- LỖI: không phải số nguyên
  tac_gia = "Ban Tổ chức",                                 -- LỖI: không có trường này (không gợi ý)
  steps = {
    read { id = "mo-dau", title = "Mở đầu", txt = "Xin chào" },   -- LỖI: txt → text (và thiếu text)
    quiz { id = "cau-1", question = "Hỏi?", choices = { "A", "B" },
           answer = 5, hint = { "Gợi ý" } },                 -- LỖI: answer ngoài 1..2; hint → hints
    checklist { id = "Viec-Can-Lam", items = {                -- LỖI: id có chữ hoa
      { id = "a", text = "Việc A", requred = true },          -- LỖI: requred → required
      { id = "a", text = "Việc B" } } },                      -- LỖI: trùng id 'a'
    form { id = "bieu-mau", fields = {
      { id = "so", lable = "Số", type = "number" } } },       -- LỖI: lable → label; type không có
    quiz { id = "cau-2", choices = { "A", "B" }, answer = 1 },    -- LỖI: thiếu question
    read { id = "mo-dau", text = "Trùng id" },                -- LỖI: trùng id bước 'mo-dau'
    { id = "khong-phai-buoc" },                              -- LỖI: không phải một bước
  },
}
return bai
