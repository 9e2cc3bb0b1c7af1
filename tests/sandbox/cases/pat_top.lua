-- the adversarial pattern at the top level (lesson check)
--! exit: 1
--! stderr: time limit
local s = string.find(("a"):rep(300), ("a*"):rep(30) .. "b")
