-- the pcall loop at the top level
--! exit: 1
--! stderr: cases/loop_top_pcall.lua:5:
--! stderr: time limit
while true do pcall(function() while true do end end) end
