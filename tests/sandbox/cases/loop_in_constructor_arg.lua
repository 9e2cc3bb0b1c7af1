-- a loop inside a function called while building the lesson table
--! exit: 1
--! stderr: cases/loop_in_constructor_arg.lua:5:
--! stderr: time limit
local function title() while true do end end
return lesson { id = "x", version = 1, title = title(), steps = { read { id = "a", text = "x" } } }
