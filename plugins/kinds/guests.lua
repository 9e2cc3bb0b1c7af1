-- guests: the purpose of the meeting and the guests (đại biểu), one per
-- line, introduced by the chair.
--   guests { id =, title =, text =, script =, record = }
-- Answer key: "<step id>.dai-bieu" (lines "Họ tên, chức vụ"; empty: none).
-- Records (in a meeting): add("person", "<step id>.<n>", { name, office,
-- role = "guest" }): the name before the first comma, the office after it.
local T = require("meeting.text")

return kind {
  name = "guests",
  summary = "Tuyên bố lý do, giới thiệu đại biểu",
  fields = T.common_fields(),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local list = T.lines(ui.text("Đại biểu dự buổi sinh hoạt, mỗi dòng một "
      .. "người: họ tên, chức vụ; không có đại biểu thì để trống", {
      key = "dai-bieu",
      hint = "Ví dụ: Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ",
    }))
    if ctx.meeting then
      for i, line in ipairs(list) do
        local name, office = line:match("^%s*([^,]-)%s*,%s*(.-)%s*$")
        ctx.meeting.add("person", step.id .. "." .. i, {
          name = name or line, office = office ~= "" and office or nil, role = "guest" })
      end
    end
    if #list == 0 then
      ui.say("Không có đại biểu: bỏ qua phần giới thiệu đại biểu.")
      return
    end
    local names = {}
    for i, line in ipairs(list) do names[i] = "đồng chí " .. line end
    ui.say(T.script("giới thiệu đại biểu", "Đến dự buổi sinh hoạt hôm nay có "
      .. T.join(names) .. ". Thay mặt chi bộ, xin nhiệt liệt chào mừng "
      .. (#list > 1 and "các đồng chí" or "đồng chí") .. "."))
  end,
}
