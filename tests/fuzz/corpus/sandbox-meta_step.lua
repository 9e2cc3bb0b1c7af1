-- step tables, the steps list and the choices list carry looping
-- metamethods: ignored by the host and by the quiz plugin (it gets a copy)
local function spin() while true do end end
local trap = { __index = spin, __newindex = spin, __pairs = spin, __len = spin,
  __tostring = spin, __eq = spin, __lt = spin, __le = spin, __concat = spin,
  __call = spin, __name = "trap" }
local function T(t) return setmetatable(t, trap) end
return lesson { id = "x", version = 1, title = "T", steps = T {
  T(quiz(T { id = "q", question = "Q?", choices = T { "a", "b" }, answer = 2,
             hints = T { "h" } })),
  checklist(T { id = "c", items = T { T { id = "i", text = "x" } } }),
} }
