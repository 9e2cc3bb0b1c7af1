-- Broken: "groups" misspelled "gruops" (an unknown field: "did you mean
-- groups?"), so the required groups is also missing.
return rubric {
  id = "tinh-a",
  title = "Phiếu chấm tỉnh A",
  bands = { { min = 50, name = "đạt" }, { min = 0, name = "chưa đạt" } },
  gruops = {
    { id = "dieu-hanh", title = "Điều hành", max = 100, ask = "Chi bộ tự chấm" },
  },
}
