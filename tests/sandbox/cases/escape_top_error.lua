-- terminal escapes in an error raised while loading
--! exit: 1
--! stderr: cases/escape_top_error.lua:4:
error("\27[2J\27]0;pwned\7")
