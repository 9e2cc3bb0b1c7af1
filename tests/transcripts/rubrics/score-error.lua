-- Broken: the score function of "thoi-gian" does arithmetic on a missing
-- fact (f.thoi_luong is nil: the fact is called duration).  rubric check
-- cannot see it (the function is not run); rubric score and a meeting can.
return rubric {
  id = "tinh-d",
  title = "Phiếu chấm tỉnh D",
  bands = { { min = 50, name = "đạt" }, { min = 0, name = "chưa đạt" } },
  groups = {
    { id = "thoi-gian", title = "Thời lượng", max = 50,
      score = function(f, s)
        return f.thoi_luong * 50 // s.min_minutes
      end },
    { id = "dieu-hanh", title = "Điều hành", max = 50, ask = "Chi bộ tự chấm" },
  },
}
