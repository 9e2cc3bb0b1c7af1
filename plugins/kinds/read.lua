-- read: text to read.  Printed, never waits for an answer.
--   read { id = "mo-dau", title = "…", text = [[…]] }
-- Lines inside a paragraph are joined; a blank line separates paragraphs;
-- list items stay on their own line: lines starting with "-", "+", "*",
-- "•", "1." / "1)" or "a." / "a)" followed by a space.
local function reflow(text)
  local out, para = {}, {}
  local function flush()
    if #para > 0 then out[#out + 1] = table.concat(para, " "); para = {} end
  end
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    local s = line:match("^%s*(.-)%s*$")
    if s == "" then
      flush()
      if #out > 0 and out[#out] ~= "" then out[#out + 1] = "" end
    elseif s:match("^[-+*]%s") or s:match("^•%s") or s:match("^%d+[.)]%s")
        or s:match("^%a[.)]%s") then
      flush()
      para[1] = s
    else
      para[#para + 1] = s
    end
  end
  flush()
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n")
end

return kind {
  name = "read",
  summary = "Đoạn văn để đọc",
  fields = {
    text = { type = "string", required = true },
  },
  run = function(step, ui)
    ui.say(reflow(step.text))
  end,
}
