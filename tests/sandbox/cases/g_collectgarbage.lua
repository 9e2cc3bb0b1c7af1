-- collectgarbage is removed
--! exit: 1
--! stderr: cases/g_collectgarbage.lua:5:
--! stderr: 'collectgarbage'
collectgarbage("stop")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
