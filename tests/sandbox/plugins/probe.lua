-- A module for the sandbox suite's require cases (installed as a user
-- plugin).  It runs in an environment of its own: the lesson's changes to
-- string, table, math must not be visible here.
local name = ...
assert(string.upper("abc") == "ABC", "string.upper changed for a module")
assert(string.rep("ab", 2) == "abab", "string.rep changed for a module")
assert(table.concat({ "a", "b" }) == "ab", "table.concat changed for a module")
assert(math.floor(1.5) == 1, "math.floor changed for a module")
assert(not pcall(function() return string.dump end), "string.dump visible to a module")
return { name = name, value = 42 }
