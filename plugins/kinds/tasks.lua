-- tasks: the chair assigns tasks, each with an owner and a deadline, until
-- there are no more.  They come back next month (followup).
--   tasks { id =, title =, text =, script =, record =,
--     items = { "Thông báo …", … } }   -- tasks decided in advance: only
--                                       -- owner and deadline are asked
-- Answer keys, task n = 1, 2, …: "<step id>.viec-n" (not for items),
-- ".nguoi-n", ".han-n" (ngày/tháng/năm), ".them-n" (another task?).
-- Records (in a meeting): add("task", "<step id>-n", { owner, what, deadline }).
local T = require("meeting.text")

local MAX = 60

return kind {
  name = "tasks",
  summary = "Giao việc: người làm, việc, thời hạn",
  fields = T.common_fields({
    items = { type = "list", of = "string" },
  }),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local info = ctx.meeting and ctx.meeting.info() or {}
    local today = info.date and info.date:gsub("%-", "")
    local fixed = step.items or {}
    local list = {}
    for n = 1, MAX do
      local what
      if n <= #fixed then
        what = T.fill(fixed[n], ctx)
        ui.say(("Việc %d: %s"):format(n, what))
      else
        what = ui.ask(("Việc %d: nội dung công việc"):format(n), {
          key = "viec-" .. n, required = true,
          hint = n == #fixed + 1 and ("Ghi cụ thể việc gì, làm đến đâu; ví dụ: "
            .. "Vận động 12 hộ xóm Đông góp ngày công làm đường") or nil })
      end
      local owner = ui.ask(("Việc %d: người (hoặc tổ chức) chịu trách nhiệm"):format(n), {
        key = "nguoi-" .. n, required = true,
        hint = n == 1 and "Ví dụ: đồng chí Lý Văn Hùng, chi hội trưởng Chi hội Nông dân"
          or nil })
      local deadline = ui.ask(("Việc %d: thời hạn hoàn thành (ngày/tháng/năm)"):format(n), {
        key = "han-" .. n, required = true,
        validate = function(v)
          local y, m, d = T.parse_dmy(v)
          if not y then return nil, m end
          if today and ("%04d%02d%02d"):format(y, m, d) < today then
            return nil, "Thời hạn này đã qua (trước ngày sinh hoạt); hãy kiểm tra lại."
          end
          return true
        end })
      list[#list + 1] = ("%d. %s — %s — hạn %s"):format(n, what, owner, deadline)
      if ctx.meeting then
        ctx.meeting.add("task", step.id .. "-" .. n,
          { owner = owner, what = what, deadline = deadline })
      end
      if n >= #fixed then
        local more = n < MAX and ui.confirm("Còn việc nào cần giao nữa không?", {
          key = "them-" .. n,
          hint = "Chủ trì đọc lại: việc “" .. what .. "”, người thực hiện: "
            .. owner .. ", hoàn thành trước ngày " .. deadline .. "." })
        if not more then break end
      end
    end
    ui.say("Các việc đã giao (chủ trì đọc lại để chi bộ thống nhất):\n"
      .. table.concat(list, "\n"))
  end,
}
