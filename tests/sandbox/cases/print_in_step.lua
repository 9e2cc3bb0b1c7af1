-- print() inside a step and inside a kind's check path: a legal log line
--! run: test
--! answer: hello
--! exit: 0
--! stdout: after print
return lesson { id = "x", version = 1, title = "T", steps = {
  step { id = "a", run = function(ui)
    print("before ask", 1, {}, nil)
    ui.ask("Say?")
    print("after ask")
    ui.say("after print")
  end },
} }
