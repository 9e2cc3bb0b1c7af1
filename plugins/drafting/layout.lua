-- drafting.layout — the parts of a party document every template shares,
-- in the layout of Hướng dẫn 36-HD/VPTW ngày 03/4/2018: page, header
-- (issuing body left, national heading right), type name and summary,
-- body paragraphs, signature blocks.  Every size and word comes from the
-- template's settings (s) or its arguments; see plugins/documents/*.lua.
--   local L = require("drafting.layout")
--   L.page(m, s); L.header(m, s, d.info, "NQ", date); L.title(m, s, "NGHỊ QUYẾT", summary)
local W = require("drafting.text")

local M = {}

function M.page(m, s)
  m.page({ font = s.font, body = s.body, top = s.top, bottom = s.bottom,
           left = s.left, right = s.right, lang = s.lang })
end

-- "Số 05-NQ/CB" once finalized; "Số   -NQ/CB" for a draft (the number is
-- given by chibo draft finalize).
function M.number(info, code)
  if info.number and info.number ~= "" then return "Số " .. info.number end
  return ("Số   -%s/%s"):format(code, info.issuer or "CB")
end

-- "Bản Cầu, ngày 20 tháng 11 năm 2026"
function M.place_date(s, info, iso)
  local place = info.place and W.trim(info.place) ~= "" and W.trim(info.place) or "……"
  return place .. ", " .. W.long_date(iso, s.pad_day)
end

-- The header table: superior body (upper case), the cell (upper case,
-- bold), "*", the number | "ĐẢNG CỘNG SẢN VIỆT NAM" (bold, ruled), place
-- and date (italic).
function M.header(m, s, info, code, iso)
  local lw = s.header_left or 45
  local upper = m.upper or W.upper
  m.table({ lw, 100 - lw }, function()
    m.p(upper(info.superior or "Đảng bộ …"), { align = "center", size = s.issuer_size })
    m.p(upper(info.cell or "Chi bộ …"), { align = "center", bold = true, size = s.issuer_size })
    m.p("*", { align = "center", size = s.issuer_size })
    m.p(M.number(info, code), { align = "center", size = s.number_size })
  end, function()
    m.p(s.heading or "ĐẢNG CỘNG SẢN VIỆT NAM",
      { align = "center", bold = true, size = s.heading_size, rule = true })
    m.p(M.place_date(s, info, iso), { align = s.date_align or "right", italic = true,
      size = s.date_size, before = 6 })
  end)
end

-- The type name (bold capitals, larger) and the summary line.
function M.title(m, s, name, summary)
  m.p(name, { align = "center", bold = true, size = s.title_size, before = s.title_before or 18,
              keep = true })
  m.p(summary, { align = "center", bold = true, size = s.summary_size, after = 12 })
end

-- A body paragraph (justified, first line indented).
function M.para(m, s, text, extra)
  local st = { align = "justify", indent = s.indent, after = s.para_after }
  for k, v in pairs(extra or {}) do st[k] = v end
  m.p(text, st)
end

-- A section heading ("I. KẾT QUẢ …"), kept with what follows.
function M.heading(m, s, text)
  m.p(text, { bold = true, before = 6, keep = true, align = "justify", indent = s.indent })
end

-- A sub-heading ("1. Kết quả đạt được").
function M.subheading(m, s, text)
  m.p(text, { bold = true, italic = s.subheading_italic, keep = true, align = "justify",
              indent = s.indent })
end

-- The lines of an answer as bulleted paragraphs ("- …").
function M.lines(m, s, lines)
  for _, line in ipairs(lines) do M.para(m, s, W.sentence(W.bullet(line))) end
end

-- A signature: "T/M CHI BỘ" / "BÍ THƯ" (bold), room to sign, the name
-- (bold).  lines: the words above the room, each one bold and centred.
function M.signature(m, s, lines, name)
  for _, l in ipairs(lines) do
    m.p(l, { align = "center", bold = true, size = s.sign_size, keep = true })
  end
  m.p(W.bare_name(name or ""), { align = "center", bold = true, size = s.sign_size,
                                 before = s.sign_space or 60 })
end

-- The closing table of a resolution: recipients left ("Nơi nhận:" and one
-- line each), signature right.
function M.recipients_and_signature(m, s, recipients, lines, name)
  local lw = s.footer_left or 45
  m.table({ lw, 100 - lw }, function()
    -- "Nơi nhận:" in the body size, underlined; the recipients smaller
    m.p(s.recipients_label or "Nơi nhận:", { underline = true, before = 12 })
    for i, r in ipairs(recipients) do
      local t = W.clause(W.bullet(r))
      m.p(t .. (i == #recipients and "." or ","), { size = s.recipients_size })
    end
  end, function()
    m.p("", { before = 6 })
    M.signature(m, s, lines, name)
  end)
end

-- Two signatures side by side (minutes: the minute-taker and the chair).
function M.two_signatures(m, s, left_lines, left_name, right_lines, right_name)
  m.table({ 50, 50 }, function()
    m.p("", { before = 6 })
    M.signature(m, s, left_lines, left_name)
  end, function()
    m.p("", { before = 6 })
    M.signature(m, s, right_lines, right_name)
  end)
end

return M
