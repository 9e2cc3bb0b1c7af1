-- Broken: quorum = { 3, 2 } (the numerator is larger than the denominator).
return rubric {
  id = "tinh-c",
  title = "Phiếu chấm tỉnh C",
  settings = {
    quorum = { 3, 2 },
    pass = { 1, 2 },
    min_minutes = 90,
  },
  bands = { { min = 50, name = "đạt" }, { min = 0, name = "chưa đạt" } },
  groups = {
    { id = "dieu-hanh", title = "Điều hành", max = 100, ask = "Chi bộ tự chấm" },
  },
}
