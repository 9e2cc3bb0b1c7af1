-- print() in an endless loop: log lines flood the pipe; the time limit ends it
--! exit: 1
--! stderr: time limit
while true do print(("x"):rep(1000)) end
