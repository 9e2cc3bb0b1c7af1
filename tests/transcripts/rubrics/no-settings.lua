-- Valid: a sheet without settings.  Its score function reads
-- s.min_minutes: in a meeting the usual settings (quorum 2/3, pass 1/2,
-- 90 / 120 minutes, one thematic meeting a quarter) fill what a rubric
-- leaves out, so "rubric score" must give it the same.
return rubric {
  id = "tinh-f",
  title = "Phiếu chấm tỉnh F",
  bands = { { min = 80, name = "tốt" }, { min = 0, name = "chưa tốt" } },
  groups = {
    { id = "thoi-gian", title = "Thời lượng", max = 50,
      score = function(f, s)
        if not f.duration then return nil end
        return math.min(50, f.duration * 50 // s.min_minutes)
      end },
    { id = "dieu-hanh", title = "Điều hành", max = 50, ask = "Chi bộ tự chấm" },
  },
}
