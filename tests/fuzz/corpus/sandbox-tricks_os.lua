-- os.date / os.time / os.clock edge cases: a Lua error or a value, no crash
local tries = {
  function() return os.date("%Ez") end,
  function() return os.date(("%c"):rep(10000)) end,
  function() return os.date("*t", math.maxinteger) end,
  function() return os.date("!%c", math.mininteger) end,
  function() return os.date("%", 0) end,
  function() return os.date("%Oy%Ec%EC%Ex%EX%Ey%EY%Od%Oe%OH%OI%Om%OM%OS%Ou%OU%OV%Ow%OW") end,
  function() return os.time({ year = 1e18, month = 1, day = 1 }) end,
  function() return os.time({ year = math.mininteger, month = 1, day = 1 }) end,
  function() return os.time({ year = 2020, month = math.maxinteger, day = 1 }) end,
  function() return os.time({}) end,
  function() return os.time(setmetatable({}, { __index = function() error("x") end })) end,
  function() return os.clock() end,
}
for _, f in ipairs(tries) do pcall(f) end
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
