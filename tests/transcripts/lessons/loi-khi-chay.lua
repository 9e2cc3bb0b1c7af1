-- Bài kiểm thử: hợp lệ khi kiểm tra, nhưng bước thứ hai gọi một hàm không
-- có (ui.sya thay cho ui.say) khi chạy.  chibo phải báo lỗi kèm tệp:dòng,
-- thoát 1 và giữ câu trả lời đã lưu.
return lesson {
  id = "loi-khi-chay",
  version = 1,
  title = "Lỗi khi chạy",
  steps = {
    quiz { id = "cau-1", question = "Một cộng một bằng mấy?",
           choices = { "1", "2" }, answer = 2 },
    step { id = "tinh", title = "Tính", run = function(ui)
      local n = ui.number("Số đảng viên", { key = "so", min = 1, max = 99 })
      ui.sya(("Có %d đồng chí."):format(n))
    end },
  },
}
