-- the lesson table carries every metamethod, each looping forever: the host
-- reads it raw, so none runs and the lesson is valid
local function spin() while true do end end
local trap = { __index = spin, __newindex = spin, __pairs = spin, __len = spin,
  __tostring = spin, __eq = spin, __lt = spin, __le = spin, __concat = spin,
  __call = spin, __name = "trap", __close = spin, __unm = spin, __add = spin }
local spec = { id = "x", version = 1, title = "T",
  steps = { read { id = "a", text = "x" } } }
return lesson(setmetatable(spec, trap))
