-- terminal escapes in ui.say, a prompt, a hint and choices: shown as text, never sent raw
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: 1
--! exit: 0
return lesson {
  id = "escape-say", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.say("\27]0;pwned\7\27[2J\27[31mred\27[0m \u{9b}31m")
      ui.choose("\27[1mPick\27[0m", { "\27[5mone", "two\27]52;c;cHduZWQ=\7" }, { hint = "\27[8mhidden" })
    end },
  },
}
