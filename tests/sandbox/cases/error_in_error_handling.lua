-- CVE-2022-33099 shape: a C stack overflow while handling an error (patched in Debian's 5.4.4-3)
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: error in error handling
return lesson {
  id = "error-in-error-handling", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local function loop() assert(pcall(loop)) end
      local ok, msg = xpcall(loop, loop)
      error(msg, 0)
    end },
  },
}
