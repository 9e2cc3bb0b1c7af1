-- Bài kiểm thử: mọi kiểu câu hỏi, để thử cách chibo xử lý dữ liệu nhập sai
-- (chữ thay cho số, số ngoài khoảng, để trống ô bắt buộc, trả lời có/không
-- không hợp lệ, dòng không phải UTF-8) và chuẩn hóa NFC.
return lesson {
  id = "nhap-lieu",
  version = 1,
  title = "Kiểm thử nhập liệu",
  minutes = 1,
  steps = {
    form {
      id = "ho-so",
      title = "Hồ sơ",
      fields = {
        { id = "ho-ten", label = "Họ và tên", required = true },
        { id = "tuoi", label = "Tuổi đảng", type = "integer", required = true,
          min = 0, max = 80 },
        { id = "ghi-chu", label = "Ghi chú (có thể bỏ trống)" },
        { id = "chuc-vu", label = "Chức vụ", type = "choice", required = true,
          choices = { "Bí thư", "Phó bí thư", "Chi ủy viên" } },
      },
    },
    step {
      id = "hoi-dap",
      title = "Hỏi đáp",
      run = function(ui, ctx)
        local n = ui.number("Số đảng viên chính thức", { key = "so", min = 3, max = 50 })
        local co = ui.confirm("Chi bộ có chi ủy không?", { key = "co-chi-uy" })
        ui.say(("Đã ghi: %d đảng viên, %s chi ủy."):format(n, co and "có" or "không có"))
        local thon = ui.ask("Tên thôn", { key = "thon", required = true })
        ui.say("Thôn: " .. thon .. " (" .. utf8.len(thon) .. " ký tự)")
        local ky = ui.choose("Kỳ sinh hoạt", { "Tháng", "Quý", "Năm" }, { key = "ky" })
        ui.say("Chọn: " .. ky)
        ui.say("Họ tên đã lưu: " .. ctx.answer("ho-so.ho-ten"))
      end,
    },
  },
}
