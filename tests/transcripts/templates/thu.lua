-- A small resolution template for the draft tests: two questions, a check
-- (the results must be at least 10 characters), a short build.
return template {
  id = "thu", type = "resolution", code = "NQ", title = "Nghị quyết thử",
  settings = { body = 14 },
  steps = {
    step { id = "mo-dau", title = "Mở đầu", run = function(ui, ctx)
      local m = ctx.draft.meeting
      if m then ui.say("Từ buổi sinh hoạt ngày " .. m.held_on .. ", có mặt " .. (m.present_full or "?")) end
      ui.ask("Kết quả tháng trước", { key = "ket-qua", required = true, default = ctx.draft.value("mo-dau.ket-qua") })
      ui.ask("Nhiệm vụ tháng tới", { key = "nhiem-vu", required = true, default = ctx.draft.value("mo-dau.nhiem-vu") })
    end },
  },
  check = function(d, problem)
    if #d.answer("mo-dau.ket-qua") < 10 then problem("Phần kết quả quá ngắn.") end
  end,
  build = function(d, m)
    m.page{ font = "Times New Roman", body = 14 }
    m.table({ 45, 55 }, function()
      m.p(m.upper(d.info.superior or ""), { align = "center" })
      m.p(m.upper(d.info.cell), { align = "center", bold = true })
      m.p("*", { align = "center" })
      m.p("Số " .. (d.info.number or "   -NQ/" .. d.info.issuer), { align = "center" })
    end, function()
      m.p("ĐẢNG CỘNG SẢN VIỆT NAM", { align = "center", bold = true, rule = true })
      m.p((d.info.place ~= "" and d.info.place or "…") .. ", ngày " .. d.info.date, { align = "right", italic = true })
    end)
    m.p("NGHỊ QUYẾT", { align = "center", bold = true, size = 16 })
    m.p("I. Kết quả", { bold = true })
    m.p(d.answer("mo-dau.ket-qua"), { align = "justify" })
    m.p("II. Nhiệm vụ", { bold = true })
    m.p(d.answer("mo-dau.nhiem-vu"), { align = "justify" })
  end,
}
