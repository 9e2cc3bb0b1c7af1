-- a weak-valued steps list whose only step is collected before lesson {}
-- reads it: a clean validation error, never a crash
--! exit: 1
--! stderr: cases/meta_weak_steps.lua:
local steps = setmetatable({ read { id = "a", text = "x" } }, { __mode = "v" })
local junk
for i = 1, 3e5 do junk = { i } end
return lesson { id = "x", version = 1, title = "T", steps = steps }
