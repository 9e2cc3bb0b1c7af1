-- the parser on deeply nested expressions: a clean error, no C stack overflow
--! exit: 1
--! stderr: cases/load_deep_nesting.lua:7:
--! stderr-re: too many|overflow
local n = 100000
local f, err = load("return " .. ("("):rep(n) .. "1" .. (")"):rep(n))
error(err)
