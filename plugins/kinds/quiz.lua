-- quiz: one question with numbered choices, asked again until the answer
-- is right.  After each wrong answer the next hint is shown; when the hints
-- are used up, the explanation.  Attempts are recorded with the answer.
--   quiz { id =, question =, choices = {…}, answer = 2, hints = {…},
--          explain = "…" }
-- Answer key: "<id>.answer" (the index of the chosen option).
return kind {
  name = "quiz",
  summary = "Câu hỏi trắc nghiệm",
  fields = {
    question = { type = "string", required = true },
    choices = { type = "list", of = "string", required = true, min = 2, max = 100 },
    answer = { type = "integer", required = true },
    explain = { type = "string" },
    hints = { type = "list", of = "string" },
  },
  check = function(step, fail)
    local n = step.choices and #step.choices or 0
    if step.answer and n > 0 and (step.answer < 1 or step.answer > n) then
      fail(("answer = %d nằm ngoài các lựa chọn 1..%d"):format(step.answer, n))
    end
  end,
  run = function(step, ui)
    local hints = step.hints or {}
    ui.choose(step.question, step.choices, {
      key = "answer",
      validate = function(choice, attempt)
        if choice == step.answer then return true end
        if attempt <= #hints then
          return nil, "Chưa đúng. Gợi ý: " .. hints[attempt]
        end
        return nil, "Chưa đúng. " .. (step.explain or "Hãy đọc lại phần trên rồi chọn lại.")
      end,
    })
    ui.say("Đúng. " .. (step.explain or ""))
  end,
}
