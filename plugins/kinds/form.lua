-- form: one prompt per field.
--   form { id =, title =, fields = {
--     { id = "ten-chi-bo", label = "Tên chi bộ", required = true },
--     { id = "tong-so", label = "…", type = "integer", min = 3, max = 500 },
--     { id = "ngay", label = "…", type = "date" },            -- dd/mm/yyyy
--     { id = "loai", label = "…", type = "choice", choices = {…} } } }
-- Answer keys: "<step id>.<field id>".
local types = { text = true, integer = true, date = true, choice = true }

local function valid_date(s)
  if s == "" then return true end
  local d, m, y = s:match("^(%d%d?)/(%d%d?)/(%d%d%d%d)$")
  d, m, y = tonumber(d), tonumber(m), tonumber(y)
  if not d then return nil, "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/12/2026." end
  local days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  if y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) then days[2] = 29 end
  if m < 1 or m > 12 or d < 1 or d > days[m] then
    return nil, "Ngày này không có trên lịch; hãy kiểm tra lại."
  end
  return true
end

return kind {
  name = "form",
  summary = "Biểu mẫu nhiều ô",
  fields = {
    text = { type = "string" },
    fields = { type = "list", required = true, min = 1, unique = "id", of = {
      id = { type = "id", required = true },
      label = { type = "string", required = true },
      type = { type = "string" },
      required = { type = "boolean" },
      min = { type = "integer" },
      max = { type = "integer" },
      choices = { type = "list", of = "string", max = 100 },
      hint = { type = "string" },
    } },
  },
  check = function(step, fail)
    for i, f in ipairs(step.fields or {}) do
      local t = f.type or "text"
      if not types[t] then
        fail(("ô %d: type = \"%s\" không có; dùng text, integer, date hoặc choice"):format(i, t))
      elseif t == "choice" and not (f.choices and #f.choices >= 2) then
        fail(("ô %d: type = \"choice\" cần choices với ít nhất 2 lựa chọn"):format(i))
      end
      if f.min and f.max and f.min > f.max then
        fail(("ô %d: min (%d) lớn hơn max (%d)"):format(i, f.min, f.max))
      end
    end
  end,
  run = function(step, ui)
    if step.text then ui.say(step.text) end
    for _, f in ipairs(step.fields) do
      local t = f.type or "text"
      local opts = { key = f.id, required = f.required == true, hint = f.hint }
      if t == "integer" then
        opts.min, opts.max = f.min, f.max
        ui.number(f.label, opts)
      elseif t == "choice" then
        ui.choose(f.label, f.choices, opts)
      elseif t == "date" then
        opts.validate = valid_date
        ui.ask(f.label .. " (ngày/tháng/năm)", opts)
      else
        ui.ask(f.label, opts)
      end
    end
  end,
}
