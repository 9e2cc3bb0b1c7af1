-- (steps and lessons are opaque tokens with a locked metatable: setmetatable on one fails at the script's line, and no metamethod of the script ever runs in the host) metamethods that raise errors: never called, so the lesson is valid
--! exit: 1
--! stderr: protected metatable
local function boom() error("metamethod ran") end
local trap = { __index = boom, __pairs = boom, __len = boom, __eq = boom,
  __tostring = boom, __metatable = "locked" }
return lesson(setmetatable({ id = "x", version = 1, title = "T",
  steps = setmetatable({ setmetatable(read(setmetatable({ id = "a", text = "x" }, trap)), trap) }, trap) }, trap))
