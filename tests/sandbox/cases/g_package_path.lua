-- package.path cannot be changed
--! exit: 1
--! stderr: cases/g_package_path.lua:5:
--! stderr: 'package'
package.path = "/tmp/?.lua"
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
