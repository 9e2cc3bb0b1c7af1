-- followup: last month's tasks, one by one: done or not, and why not.
-- The tasks come from ctx.meeting.previous_tasks() (the last meeting run
-- with chibo).  When chibo has none (the first meeting with chibo, or a
-- lesson), the chair types the counts from last month's resolution.
--   followup { id =, title =, text =, script =, record = }
-- Answer keys (meeting.facts.KEYS.followup): "<step id>.xong-<task key>"
-- (true / false), ".vi-sao-<task key>"; or ".so-viec", ".so-xong",
-- ".viec-chua-xong".
-- Records (in a meeting): add("followup", <task key>, { task, what, done, why }),
-- add("check", "followup", { ok, detail }).
local T = require("meeting.text")
local F = require("meeting.facts")
local K = F.KEYS.followup

return kind {
  name = "followup",
  summary = "Kiểm tra việc được giao tháng trước",
  fields = T.common_fields(),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local tasks = ctx.meeting and ctx.meeting.previous_tasks() or {}
    local done, total = 0, 0
    local undone = {}
    if #tasks > 0 then
      ui.say(("Buổi sinh hoạt trước giao %d việc. Người được giao báo cáo từng "
        .. "việc; thư ký ghi kết quả."):format(#tasks))
      for i, t in ipairs(tasks) do
        local k = F.task_key(t.key)
        local label = ("Việc %d/%d: %s — %s, hạn %s."):format(i, #tasks,
          tostring(t.what), tostring(t.owner), tostring(t.deadline))
        local ok = ui.confirm(label .. " Đã hoàn thành?", { key = K.done .. k })
        local why
        if not ok then
          why = ui.ask("Vì sao chưa xong, và hướng xử lý (làm tiếp đến bao giờ, ai giúp)?",
            { key = K.why .. k, required = true, hint = label })
          undone[#undone + 1] = ("- %s — %s: %s"):format(tostring(t.what),
            tostring(t.owner), why)
        end
        total = total + 1
        if ok then done = done + 1 end
        ctx.meeting.add("followup", k, { task = t.key, what = t.what,
          done = ok, why = why })
      end
    else
      ui.say("chibo chưa có danh sách việc được giao tháng trước (buổi sinh hoạt "
        .. "trước chưa ghi bằng chibo). Đồng chí mở nghị quyết tháng trước và nhập "
        .. "số việc.")
      total = ui.number("Nghị quyết tháng trước giao bao nhiêu việc cụ thể?",
        { key = K.count, min = 0, max = 200,
          hint = "Không có nghị quyết hoặc không giao việc cụ thể thì nhập 0." })
      if total > 0 then
        done = ui.number(("Trong %d việc đó, bao nhiêu việc đã hoàn thành?"):format(total),
          { key = K.count_done, min = 0, max = total })
        if done < total then
          local l = T.lines(ui.text(("%d việc chưa xong: mỗi dòng một việc, ghi "
            .. "việc gì, ai làm, vì sao chưa xong"):format(
            total - done), { key = K.not_done }))
          for _, line in ipairs(l) do undone[#undone + 1] = "- " .. line end
        end
      end
    end
    if total == 0 then
      ui.say("Không có việc cụ thể nào của tháng trước để kiểm tra.")
      return
    end
    local detail = ("Việc được giao tháng trước: %d/%d đã hoàn thành (%s)"):format(
      done, total, T.percent(done, total))
    if ctx.meeting then
      ctx.meeting.add("check", "followup", { ok = done == total, detail = detail })
    end
    local out = "Kết quả: " .. detail .. "."
    if #undone > 0 then
      out = out .. "\nViệc chưa xong (đưa vào phần thảo luận và giao lại nếu cần):\n"
        .. table.concat(undone, "\n")
    end
    ui.say(out)
  end,
}
