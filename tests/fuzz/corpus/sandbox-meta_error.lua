-- metamethods that raise errors: never called, so the lesson is valid
local function boom() error("metamethod ran") end
local trap = { __index = boom, __pairs = boom, __len = boom, __eq = boom,
  __tostring = boom, __metatable = "locked" }
return lesson(setmetatable({ id = "x", version = 1, title = "T",
  steps = setmetatable({ setmetatable(read(setmetatable({ id = "a", text = "x" }, trap)), trap) }, trap) }, trap))
