-- Bài hỏng (kiểm thử "lesson check"): mỗi dòng đánh dấu LỖI có một lỗi mà
-- chibo phải báo, kèm số dòng (của bước chứa lỗi); tên trường viết gần đúng
-- thì có gợi ý.  Kiểm tra riêng của từng loại bước (answer trong khoảng,
-- type của ô) chỉ chạy khi các trường của bước đã đúng, nên các lỗi đó ở
-- những bước không có lỗi khác.
local bai = lesson {
  id = "loi-truong",
  version = "1",                                            -- LỖI: chuỗi, không phải số nguyên
  titel = "Bài có lỗi trường",                              -- LỖI: titel → title (và thiếu title)
  minutes = 1.5,                                            -- LỖI: không phải số nguyên
  tac_gia = "Ban Tổ chức",                                 -- LỖI: không có trường này (không gợi ý)
  steps = {
    read { id = "mo-dau", title = "Mở đầu", txt = "Xin chào" },   -- LỖI: txt → text (và thiếu text)
    quiz { id = "cau-1", question = "Hỏi?", choices = { "A", "B" }, answer = 5 },  -- LỖI: answer ngoài 1..2
    quiz { id = "cau-3", question = "Hỏi?", choices = { "A", "B" }, answer = 1,
           hint = { "Gợi ý" } },                               -- LỖI: hint → hints
    checklist { id = "Viec-Can-Lam", items = {                -- LỖI: id có chữ hoa
      { id = "a", text = "Việc A", requred = true },          -- LỖI: requred → required
      { id = "a", text = "Việc B" } } },                      -- LỖI: trùng id 'a'
    form { id = "bieu-mau", fields = {
      { id = "so", label = "Số", type = "number" } } },        -- LỖI: type không có
    form { id = "bieu-mau-2", fields = {
      { id = "ghi-chu", lable = "Ghi chú" } } },               -- LỖI: lable → label (và thiếu label)
    quiz { id = "cau-2", choices = { "A", "B" }, answer = 1 },    -- LỖI: thiếu question
    read { id = "mo-dau", text = "Trùng id" },                -- LỖI: trùng id bước 'mo-dau'
    { id = "khong-phai-buoc" },                              -- LỖI: không phải một bước
  },
}
return bai
