-- Each step computes for ~0.6 s of CPU (under the 1 s budget) and then asks;
-- every answer renews the budget, so the whole lesson (≈3.6 s of CPU in
-- all) must finish.  RLIMIT_CPU is re-armed at each answer: an
-- unprivileged process may lower its hard limit but never raise it again,
-- so the limit must not be pinned by the first arm.
--! run: test
--! answer: 1
--! answer: 2
--! answer: 3
--! answer: 4
--! answer: 5
--! answer: 6
--! exit: 0
--! max-seconds: 20
--! stdout: all six done
local function burn(seconds)
  local t0 = os.clock()
  local x = 0
  while os.clock() - t0 < seconds do x = x + 1 end
end
local steps = {}
for i = 1, 6 do
  steps[i] = step { id = "s" .. i, run = function(ui)
    burn(0.6)
    ui.ask("Step " .. i .. "?")
    if i == 6 then ui.say("all six done") end
  end }
end
return lesson { id = "cpu-budget", version = 1, title = "T", steps = steps }
