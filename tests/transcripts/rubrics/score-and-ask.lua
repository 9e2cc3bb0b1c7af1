-- Broken: group "thoi-gian" has both score and ask.
return rubric {
  id = "tinh-b",
  title = "Phiếu chấm tỉnh B",
  bands = { { min = 50, name = "đạt" }, { min = 0, name = "chưa đạt" } },
  groups = {
    { id = "thoi-gian", title = "Thời lượng", max = 50,
      score = function(f) return 50 end,
      ask = "Chi bộ tự chấm" },
    { id = "dieu-hanh", title = "Điều hành", max = 50, ask = "Chi bộ tự chấm" },
  },
}
