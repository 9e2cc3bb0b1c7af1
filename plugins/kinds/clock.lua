-- clock: the time now, confirmed or corrected by the chair (Enter accepts
-- the clock of the computer).  mark = "start" records the actual start,
-- "end" the actual end, "check" only tells how long the meeting has run.
-- With `since` (the id of the start clock step) the duration is computed
-- and compared with the rubric setting named by `setting`
-- ("min_minutes", "min_minutes_combined"; none: no minimum).
--   clock { id =, title =, text =, script =, record =,
--     mark = "start" | "check" | "end", since = "gio-bat-dau",
--     setting = "min_minutes" }
-- Answer key: "<step id>.gio" (giờ:phút as typed).
-- Records (in a meeting): start: set{ held_on, actual_start }; end:
-- set{ actual_end } and add("check", "duration", { ok, detail }).
local T = require("meeting.text")
local F = require("meeting.facts")

local MARKS = { start = true, check = true, ["end"] = true }

return kind {
  name = "clock",
  summary = "Ghi giờ bắt đầu, kết thúc; tính thời lượng",
  fields = T.common_fields({
    mark = { type = "string", required = true },
    since = { type = "id" },
    setting = { type = "string" },
  }),
  check = function(step, fail)
    if type(step.mark) == "string" and not MARKS[step.mark] then
      fail(("mark = \"%s\" không có; dùng start, check hoặc end"):format(step.mark))
    end
    if step.mark == "start" and step.since then
      fail("mark = \"start\" không dùng since")
    end
    if step.setting and not F.DEFAULTS[step.setting] then
      fail(("setting = \"%s\" không có; dùng min_minutes hoặc min_minutes_combined"):format(
        tostring(step.setting)))
    end
  end,
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local day, now
    if ctx.meeting then day, now = T.split_stamp(ctx.meeting.now(step.id)) end
    local prompt = ({ start = "Giờ bắt đầu", check = "Bây giờ là",
                      ["end"] = "Giờ kết thúc" })[step.mark]
    local typed = ui.ask(prompt .. " (giờ:phút)", {
      key = F.KEYS.clock.time, required = true, default = now,
      hint = now and "Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế "
        .. "khác thì gõ lại, ví dụ 19:30." or nil,
      validate = T.valid_time })
    local hhmm = T.hhmm(typed)

    if step.mark == "start" then
      if ctx.meeting then
        ctx.meeting.set({ held_on = day or ctx.meeting.info().date,
          actual_start = (day and (day .. " ") or "") .. hhmm })
      end
      ui.say(("Thư ký ghi: bắt đầu lúc %s."):format(hhmm))
      return
    end

    local start = step.since and F.clock(ctx, step.since)
    local minutes = start and T.minutes_between(start, hhmm)
    if step.mark == "end" and ctx.meeting then
      local d = day
      if d and start and T.minute_of_day(hhmm) < T.minute_of_day(start) then
        d = T.next_day(d)
      end
      ctx.meeting.set({ actual_end = (d and (d .. " ") or "") .. hhmm })
    end
    if not minutes then
      if step.mark == "end" then
        ui.say(("Thư ký ghi: kết thúc lúc %s."):format(hhmm))
      end
      return
    end
    local min = step.setting and F.settings(ctx)[step.setting]
    local out
    if step.mark == "end" then
      out = ("Thư ký ghi: kết thúc lúc %s. Thời lượng: từ %s đến %s, %d phút."):format(
        hhmm, start, hhmm, minutes)
    else
      out = ("Đã sinh hoạt %d phút (từ %s)."):format(minutes, start)
    end
    if min then
      local ok = minutes >= min
      local detail
      if ok then
        detail = ("%d phút ≥ %d phút tối thiểu"):format(minutes, min)
      elseif step.mark == "end" then
        detail = ("mới %d phút — tối thiểu %d phút"):format(minutes, min)
      else
        detail = ("mới %d phút — tối thiểu %d phút, còn thiếu %d phút"):format(
          minutes, min, min - minutes)
      end
      out = out .. "\nKiểm tra: " .. detail .. "."
      if not ok and step.mark == "check" then
        out = out .. " Đồng chí dành thêm thời gian cho thảo luận trước khi "
          .. "kết luận (Hướng dẫn 42-HD/BTCTW: ít nhất 90 phút; kết hợp chuyên "
          .. "đề ít nhất 120 phút)."
      elseif not ok then
        out = out .. " Buổi sinh hoạt ngắn hơn thời lượng tối thiểu (Hướng dẫn "
          .. "42-HD/BTCTW: ít nhất 90 phút; kết hợp chuyên đề ít nhất 120 phút); "
          .. "lần sau đồng chí dành thời gian cho thảo luận nhiều hơn."
      end
      if step.mark == "end" and ctx.meeting then
        ctx.meeting.add("check", "duration", { ok = ok, detail = detail })
      end
    end
    ui.say(out)
  end,
}
