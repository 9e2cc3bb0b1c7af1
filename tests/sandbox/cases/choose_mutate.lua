-- validate empties the options table of ui.choose between attempts: the C side works on its own copy of the options, so the third "1" is accepted and the step goes on to its error
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: 1
--! answer: zzz
--! answer: 1
--! answer: 1
--! stderr-re: cases/choose_mutate.lua:[0-9]+:|Choose
return lesson {
  id = "choose-mutate", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local options = { "one", "two" }
      local tries = 0
      ui.choose("Pick", options, { validate = function()
        tries = tries + 1
        options[1], options[2] = nil, nil
        return tries > 2
      end })
      error("after choose")
    end },
  },
}
