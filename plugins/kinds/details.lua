-- details: a few facts of the meeting itself (chair, minute-taker, topic,
-- presenter, planned times), each one optionally recorded with
-- ctx.meeting.set.
--   details { id =, title =, text =, script =, record =, fields = {
--     { id = "thu-ky", label = "Họ tên thư ký", set = "minute_taker",
--       required = true, hint = "…" },
--     { id = "gio-du-kien", label = "…", type = "time", set = "planned_start" },
--   } }
-- type: "text" (default), "time" (giờ:phút, stored as typed, recorded as
-- "HH:MM"), "date" (ngày/tháng/năm, recorded as "YYYY-MM-DD"), "integer".
-- set: a field of ctx.meeting.set (docs/meeting-api.md) of a matching type.
-- Answer keys: "<step id>.<field id>".
local T = require("meeting.text")

local SETTABLE = {
  held_on = "date", planned_start = "time", planned_end = "time",
  actual_start = "time", actual_end = "time",
  summoned_full = "integer", summoned_probationary = "integer",
  present_full = "integer", present_probationary = "integer",
  absent_excused = "integer", absent_unexcused = "integer",
  chair = "text", minute_taker = "text", topic = "text", presenter = "text",
}
local TYPES = { text = true, time = true, date = true, integer = true }

return kind {
  name = "details",
  summary = "Thông tin của buổi họp (chủ trì, thư ký, chuyên đề…)",
  fields = T.common_fields({
    fields = { type = "list", required = true, min = 1, unique = "id", of = {
      id = { type = "id", required = true },
      label = { type = "string", required = true },
      type = { type = "string" },
      set = { type = "string" },
      required = { type = "boolean" },
      min = { type = "integer" },
      max = { type = "integer" },
      hint = { type = "string" },
    } },
  }),
  check = function(step, fail)
    for i, f in ipairs(type(step.fields) == "table" and step.fields or {}) do
      local t = f.type or "text"
      if not TYPES[t] then
        fail(("ô %d: type = \"%s\" không có; dùng text, time, date hoặc integer"):format(i, tostring(t)))
      end
      if f.set ~= nil then
        local want = SETTABLE[f.set]
        if not want then
          fail(("ô %d: set = \"%s\" không phải trường của buổi họp"):format(i, tostring(f.set)))
        elseif TYPES[t] and want ~= t then
          fail(("ô %d: set = \"%s\" cần type = \"%s\""):format(i, f.set, want))
        end
      end
    end
  end,
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local rec = {}
    for _, f in ipairs(step.fields) do
      local t = f.type or "text"
      local opts = { key = f.id, required = f.required == true,
                     hint = f.hint and T.fill(f.hint, ctx) }
      local label = T.fill(f.label, ctx)
      local value
      if t == "integer" then
        opts.min, opts.max = f.min, f.max
        value = ui.number(label, opts)
      elseif t == "time" then
        opts.validate = function(v)
          if v == "" then return true end
          return T.valid_time(v)
        end
        value = T.hhmm(ui.ask(label .. " (giờ:phút)", opts))
      elseif t == "date" then
        opts.validate = function(v)
          if v == "" then return true end
          local ok, why = T.parse_dmy(v)
          if ok then return true end
          return nil, why
        end
        value = T.iso(ui.ask(label .. " (ngày/tháng/năm)", opts))
      else
        value = ui.ask(label, opts)
        if value == "" then value = nil end
      end
      if f.set and value ~= nil then rec[f.set] = value end
    end
    if ctx.meeting and next(rec) then ctx.meeting.set(rec) end
  end,
}
