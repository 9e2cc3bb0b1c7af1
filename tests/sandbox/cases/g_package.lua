-- package is not in the sandbox
--! exit: 1
--! stderr: cases/g_package.lua:5:
--! stderr: 'package'
package.loadlib("libc.so.6", "system")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
