-- Walks everything a lesson can reach (its environment, the values the
-- constructors return, ui, ctx, error values, coroutines, metatables) and
-- fails if any table holds a name of the host's dangerous functions.
-- Tostring of functions and error objects give nothing usable either.
local bad = { sethook = 1, gethook = 1, getregistry = 1, getupvalue = 1,
  setupvalue = 1, upvaluejoin = 1, getlocal = 1, setlocal = 1, getinfo = 1,
  setuservalue = 1, execute = 1, popen = 1, loadlib = 1, dump = 1,
  getenv = 1, rename = 1, tmpname = 1, dofile = 1,
  loadfile = 1, collectgarbage = 1, rawset = 1, read_file = 1,
  list_dir = 1, fail = 1, step_begin = 1, meta = 1, searchers = 1,
  preload = 1, loaded = 1, cpath = 1 }
local seen, count = {}, 0
local function scan(v, path)
  local t = type(v)
  if t ~= "table" and t ~= "function" and t ~= "thread" then return end
  if seen[v] then return end
  seen[v] = true
  count = count + 1
  local mt = getmetatable(v)
  if type(mt) == "table" then scan(mt, path .. "<mt>") end
  if t ~= "table" then return end
  for k, x in next, v do
    if type(k) == "string" and bad[k] then error("ESCAPE: " .. path .. "." .. k) end
    scan(k, path .. "[key]")
    scan(x, path .. "." .. tostring(k))
  end
end
scan(_ENV, "_ENV")
-- error values and coroutine results
local ok, e = pcall(error, { nested = {} })
scan(e, "pcall-error")
local ok2, e2 = xpcall(function() local x = nil; return x.y end, function(m) return { m = m } end)
scan(e2, "xpcall-error")
local co = coroutine.create(function() error({ from = "co" }) end)
local ok3, e3 = coroutine.resume(co)
scan(e3, "coroutine-error")
scan(coroutine.running(), "running")
local ok4, e4 = pcall(require, "nope")
assert(type(e4) == "string")
assert(type(tostring(print)) == "string" and type(tostring(co)) == "string")
assert(getmetatable("") == false, "string metatable is visible")
local s = read { id = "r", text = "x" }
scan(s, "step")
local l = lesson { id = "x", version = 1, title = "T", steps = {
  s,
  step { id = "a", run = function(ui, ctx)
    scan(ui, "ui")
    scan(ctx, "ctx")
    ui.ask("ok?")
    ui.say("scanned " .. count .. " objects")
  end },
} }
scan(l, "lesson")
return l
