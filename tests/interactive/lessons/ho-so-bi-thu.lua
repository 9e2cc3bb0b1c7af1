-- Bài kiểm thử cho phép thử tương tác (tests/interactive): một ô văn bản
-- (họ tên, gõ có dấu), một ô số, một việc cần xác nhận.
return lesson {
  id = "ho-so-bi-thu",
  version = 1,
  title = "Hồ sơ bí thư",
  minutes = 2,
  steps = {
    read { id = "gioi-thieu", title = "Giới thiệu",
           text = "Điền hồ sơ của đồng chí: họ tên và năm sinh." },
    form { id = "ho-so", title = "Hồ sơ", fields = {
      { id = "ho-ten", label = "Họ và tên", required = true },
      { id = "nam-sinh", label = "Năm sinh", type = "integer", required = true,
        min = 1940, max = 2010 },
    } },
    checklist { id = "xac-nhan", title = "Xác nhận", items = {
      { id = "dung", text = "Thông tin trên là đúng", required = true },
    } },
  },
}
