-- load() with a reader function that returns a binary chunk piece by piece
--! exit: 1
--! stderr: cases/load_binary_reader.lua:
--! stderr-re: binary chunk|text chunks
local pieces = { "\27", "Lua\x54\0\x19\x93\r\n\x1a\n", ("\0"):rep(64) }
local i = 0
local f = assert(load(function() i = i + 1; return pieces[i] end))
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
