return lesson {
  id = "all-kinds", version = 2, title = "Tất cả", summary = "s", minutes = 5,
  sources = { "a", "b" },
  steps = {
    read { id = "r", title = "Đọc", text = [[
Một đoạn.

- một dòng
1. hai]] },
    quiz { id = "q", question = "?", choices = { "x", "y", "z" }, answer = 3,
           explain = "e", hints = { "h1", "h2" } },
    checklist { id = "c", title = "C", text = "t", items = {
      { id = "i1", text = "một", required = true, hint = "h" },
      { id = "i2", text = "hai" } } },
    form { id = "f", title = "F", fields = {
      { id = "ten", label = "Tên", required = true },
      { id = "so", label = "Số", type = "integer", min = 3, max = 500 },
      { id = "ngay", label = "Ngày", type = "date" },
      { id = "loai", label = "Loại", type = "choice", choices = { "a", "b" } } } },
    step { id = "s", title = "S", run = function(ui, ctx)
      local n = ui.number("N?", { min = 0, max = ctx.answer("f.so") })
      ui.say(("%d"):format(n))
    end },
  },
}
