-- while true do end at the top level of a lesson file (lesson check)
--! exit: 1
--! stderr: cases/loop_top.lua:5:
--! stderr: time limit
while true do end
