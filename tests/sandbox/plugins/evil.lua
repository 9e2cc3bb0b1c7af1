-- A hostile module: it must get the same sandbox as a lesson.
local f = io.open("pwned.txt", "w")
f:write("pwned")
return true
