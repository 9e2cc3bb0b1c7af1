-- A comment that mentions lesson { … } before the real call.  The line of
-- a "return lesson { … }" (a tail call, so no call frame) must be the
-- call's, not the comment's.
--! exit: 1
--! stderr: cases/line_in_comment.lua:6: lesson is missing the required field 'title'
return lesson { id = "x", version = 1,
  steps = { read { id = "a", text = "x" } } }
