-- string.format edge cases: each must return or raise a Lua error, never
-- crash or overrun a buffer
local tries = {
  { "%99d", 1 }, { "%.99f", 1e308 }, { "%99.99f", -1e308 }, { "%5000s", "x" },
  { "%q", 1 / 0 }, { "%q", -1 / 0 }, { "%q", 0 / 0 }, { "%q", math.mininteger },
  { "%a", 1e-320 }, { "%c", 1e10 }, { "%c", -1 }, { "%d", 2 ^ 63 },
  { "%x", -1 }, { "%i", 3.5 }, { "%s", setmetatable({}, { __tostring = function() return 1 end }) },
  { "%s", setmetatable({}, { __name = ("n"):rep(10000) }) }, { "%", 1 },
  { "%-+ #0d", 1 }, { "%.3q", "x" }, { "%p", {} }, { "%99p", print },
  { "%10.3s", ("\xff"):rep(20) }, { ("%s"):rep(1000), "a" }, { "%q", ("\0\r\n\27"):rep(1000) },
  { "%g", 2 ^ 1023 * 1.9999 }, { "%.14g", -0.0 }, { "%e", math.huge },
}
for _, t in ipairs(tries) do
  pcall(string.format, t[1], t[2])
end
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
