-- Broken: the score function of "thoi-gian" does not cap its result: 105
-- minutes give 58 points out of 50.
return rubric {
  id = "tinh-e",
  title = "Phiếu chấm tỉnh E",
  settings = { min_minutes = 90 },
  bands = { { min = 50, name = "đạt" }, { min = 0, name = "chưa đạt" } },
  groups = {
    { id = "thoi-gian", title = "Thời lượng", max = 50,
      score = function(f, s)
        return f.duration * 50 // s.min_minutes
      end },
    { id = "dieu-hanh", title = "Điều hành", max = 50, ask = "Chi bộ tự chấm" },
  },
}
