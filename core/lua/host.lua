-- host.lua — the trusted half of the Lua host, compiled into chibo.
--
-- It runs inside the worker process (core/host.c) with the full standard
-- library, and is the only Lua code that does.  It builds the sandbox that
-- lessons and plugins run in, the step constructors and their validation
-- (errors as "file:line: what; did you mean …?"), and drives a lesson's
-- steps.  `chibo` is the table of C primitives from core/api_ui.c.
--
-- Contract with scripts: see docs/lesson-api.md.  Everything here reads
-- script-made tables with raw access (next/rawget) so that a hostile
-- metatable cannot run code on the host's behalf; what scripts do run is
-- bounded by the worker's CPU and memory limits.

local chibo = ...

local next, type, tostring, rawget, rawequal, select = next, type, tostring, rawget, rawequal, select
local setmetatable, getmetatable, error, pcall, xpcall = setmetatable, getmetatable, error, pcall, xpcall
local math_type, concat, sort, insert = math.type, table.concat, table.sort, table.insert
local utf8_len, fmt = utf8.len, string.format
local debug_getinfo, traceback = debug.getinfo, debug.traceback
local host_load = load

-- The shared string metatable must not be reachable (or changeable) from a
-- script: getmetatable("") answers false.
getmetatable("").__metatable = false
-- Strings index the real string table: string.dump must not be there
-- either (("").dump(f) would otherwise reach it).
string.dump = nil

---------------------------------------------------------------- messages

local messages = {
  vi = {
    unknown_field = "trường '%s' không có trong %s",
    did_you_mean = "; có phải ý bạn là '%s'?",
    missing_field = "%s thiếu trường bắt buộc '%s'",
    wrong_type = "trường '%s' của %s phải là %s, không phải %s",
    bad_key = "%s có một khóa không phải tên trường (%s)",
    bad_id = "trường '%s' của %s phải gồm chữ thường không dấu, số và '-', tối đa 64 ký tự (ví dụ \"mo-dau\"), không phải \"%s\"",
    bad_utf8 = "trường '%s' của %s không phải văn bản UTF-8 hợp lệ",
    not_list = "trường '%s' của %s phải là một danh sách { … } liên tiếp",
    too_few = "trường '%s' của %s cần ít nhất %d phần tử",
    too_many = "trường '%s' của %s có nhiều nhất %d phần tử",
    dup_in_list = "trường '%s' của %s: trùng id '%s'",
    dup_step = "trùng id bước '%s' (đã dùng ở dòng %d)",
    not_a_step = "phần tử %d của steps không phải một bước (hãy dùng read { … }, quiz { … }, …)",
    no_lesson = "tệp không trả về lesson { … } (dòng cuối phải là: return lesson { … })",
    unknown_kind = "không có loại bước '%s'",
    undefined_global = "biến toàn cục '%s' chưa được khai báo",
    assign_global = "không được gán biến toàn cục '%s'; hãy dùng local",
    kinds = "các loại bước có: %s",
    step_in = "%s '%s'",
    kind_error = "plugin loại bước: %s",
    require_bad = "require: tên mô-đun '%s' không hợp lệ (chỉ chữ thường, số, '-', '_', '.')",
    require_missing = "require: không tìm thấy mô-đun '%s' trong thư mục plugin",
    load_binary = "load: chỉ nhận mã nguồn dạng văn bản",
    read_failed = "không đọc được tệp: %s",
    error_object = "lỗi (đối tượng kiểu %s)",
    kind_dup = "loại bước '%s' được định nghĩa hai lần",
    forbidden = "'%s' không dùng được trong bài học (bị chặn để bảo vệ máy và dữ liệu)",
    no_gc = "__gc không dùng được trong bài học",
    no_rubric = "không tìm thấy phiếu chấm '%s' trong thư mục plugins/rubrics",
    no_template = "tệp không trả về template { … }",
    template_type = "type của template phải là \"resolution\" hoặc \"minutes\", không phải \"%s\"",
    bad_type = "loại buổi sinh hoạt '%s' không có (regular, thematic, combined, committee)",
    no_rubric_returned = "tệp không trả về rubric { … }",
    rubric_group = "nhóm '%s' cần đúng một trong hai: score = function … hoặc ask = \"…\"",
    rubric_max = "nhóm '%s': max phải lớn hơn 0",
    rubric_pair = "settings.%s phải là { tử, mẫu } với 0 < tử ≤ mẫu, ví dụ { 2, 3 }",
    rubric_score = "nhóm '%s': score trả về %s, cần một số nguyên từ 0 đến %d",
    facts_line = "dòng %d: cần dạng tên = giá trị",
    facts_missing = "thiếu điểm của nhóm '%s' (%s = …)",
    facts_points = "nhóm '%s': %s = %s, cần một số nguyên từ 0 đến %d",
    opaque = "bước và bài học tạo bằng read { … }, lesson { … } không đọc hay sửa được từ bên trong bài",
    no_member = "'%s.%s' không có trong chibo",
    kind_name = "tên loại bước '%s' phải bắt đầu bằng chữ thường không dấu, chỉ gồm chữ thường, số và '_', và không trùng một tên có sẵn (string, print, lesson, …)",
    field_type = "trường '%s' của kind: type = \"%s\" không có; dùng %s",
  },
  en = {
    unknown_field = "unknown field '%s' in %s",
    did_you_mean = "; did you mean '%s'?",
    missing_field = "%s is missing the required field '%s'",
    wrong_type = "field '%s' of %s must be %s, not %s",
    bad_key = "%s has a key that is not a field name (%s)",
    bad_id = "field '%s' of %s must be lowercase letters without accents, digits and '-', at most 64 characters (e.g. \"mo-dau\"), not \"%s\"",
    bad_utf8 = "field '%s' of %s is not valid UTF-8 text",
    not_list = "field '%s' of %s must be a list { … } without gaps",
    too_few = "field '%s' of %s needs at least %d items",
    too_many = "field '%s' of %s takes at most %d items",
    dup_in_list = "field '%s' of %s: duplicate id '%s'",
    dup_step = "duplicate step id '%s' (already used on line %d)",
    not_a_step = "item %d of steps is not a step (use read { … }, quiz { … }, …)",
    no_lesson = "the file does not return lesson { … } (the last line must be: return lesson { … })",
    unknown_kind = "unknown step kind '%s'",
    undefined_global = "undefined global '%s'",
    assign_global = "cannot assign the global '%s'; use local",
    kinds = "step kinds: %s",
    step_in = "%s '%s'",
    kind_error = "step kind plugin: %s",
    require_bad = "require: invalid module name '%s' (lowercase letters, digits, '-', '_', '.')",
    require_missing = "require: module '%s' not found in the plugin directories",
    load_binary = "load: only text chunks are accepted",
    read_failed = "cannot read the file: %s",
    error_object = "error (an object of type %s)",
    kind_dup = "step kind '%s' is defined twice",
    forbidden = "'%s' cannot be used in a lesson (blocked to protect the machine and the data)",
    no_gc = "__gc cannot be used in a lesson",
    no_rubric = "no rubric '%s' in the plugins/rubrics directories",
    no_template = "the file does not return template { … }",
    template_type = "the template's type must be \"resolution\" or \"minutes\", not \"%s\"",
    bad_type = "no meeting type '%s' (regular, thematic, combined, committee)",
    no_rubric_returned = "the file does not return rubric { … }",
    rubric_group = "group '%s' needs exactly one of: score = function … or ask = \"…\"",
    rubric_max = "group '%s': max must be greater than 0",
    rubric_pair = "settings.%s must be { numerator, denominator } with 0 < numerator ≤ denominator, e.g. { 2, 3 }",
    rubric_score = "group '%s': score returned %s; it must be an integer from 0 to %d",
    facts_line = "line %d: expected name = value",
    facts_missing = "missing the points of group '%s' (%s = …)",
    facts_points = "group '%s': %s = %s, expected an integer from 0 to %d",
    opaque = "steps and lessons made with read { … }, lesson { … } cannot be read or changed from the lesson",
    no_member = "'%s.%s' does not exist in chibo",
    kind_name = "step kind name '%s' must start with a lowercase letter, hold only lowercase letters, digits and '_', and not be an existing name (string, print, lesson, …)",
    field_type = "field '%s' of kind: type = \"%s\" does not exist; use %s",
  },
}
local lang = "vi"
local function M(id, ...)
  local t = messages[lang] or messages.vi
  return fmt(t[id] or messages.vi[id], ...)
end

local type_names = {
  vi = { string = "chuỗi văn bản", integer = "số nguyên", number = "số",
         boolean = "true/false", ["function"] = "hàm (function)",
         list = "danh sách { … }", id = "id", table = "bảng { … }",
         float = "số thực", ["nil"] = "nil (trống)", userdata = "userdata",
         thread = "coroutine" },
  en = { string = "a string", integer = "an integer", number = "a number",
         boolean = "a boolean", ["function"] = "a function",
         list = "a list { … }", id = "an id", table = "a table { … }",
         float = "a float", ["nil"] = "nil", userdata = "userdata",
         thread = "a coroutine" },
}
local function type_name(t)
  return (type_names[lang] or type_names.vi)[t] or t
end

-- Names a value in a message without running its metamethods (a table
-- with __tostring is the script's code).
local function describe(v)
  if type(v) == "string" then return v end
  if type(v) == "number" or type(v) == "boolean" or v == nil then return tostring(v) end
  return "(" .. type(v) .. ")"
end

-- Turns any error value into text without running a script's metamethods.
local function errtext(e)
  if type(e) == "string" then return e end
  if type(e) == "number" then return tostring(e) end
  return M("error_object", type(e))
end

---------------------------------------------------------------- suggestions

local function distance(a, b)
  local la, lb = #a, #b
  if la > 40 or lb > 40 then return math.huge end
  -- optimal string alignment: a swap of two neighbours ("tpye") is one
  local d = {}
  for i = 0, la do d[i] = { [0] = i } end
  for j = 0, lb do d[0][j] = j end
  for i = 1, la do
    local ca = a:byte(i)
    for j = 1, lb do
      local cb = b:byte(j)
      local v = d[i - 1][j] + 1
      if d[i][j - 1] + 1 < v then v = d[i][j - 1] + 1 end
      local sub = d[i - 1][j - 1] + ((ca == cb) and 0 or 1)
      if sub < v then v = sub end
      if i > 1 and j > 1 and ca == b:byte(j - 1) and a:byte(i - 1) == cb
         and d[i - 2][j - 2] + 1 < v then
        v = d[i - 2][j - 2] + 1
      end
      d[i][j] = v
    end
  end
  return d[la][lb]
end

-- The closest of names (an array) to word, if close enough to be a typo.
local function suggest(word, names)
  if type(word) ~= "string" then return nil end
  local best, bestd = nil, math.huge
  for _, n in next, names do
    local d = distance(word, n)
    if d < bestd then best, bestd = n, d end
  end
  local limit = #word <= 4 and 1 or 2
  if best and bestd <= limit then return best end
  return nil
end

local function keys_of(t)
  local out = {}
  for k in next, t do out[#out + 1] = k end
  sort(out)
  return out
end

---------------------------------------------------------------- sandbox

local safe_base = { "assert", "error", "ipairs", "next", "pairs", "pcall",
  "rawequal", "rawget", "rawlen", "select", "setmetatable", "getmetatable",
  "tonumber", "tostring", "type", "xpcall" }

local function copy(t)
  local c = {}
  for k, v in next, t do c[k] = v end
  return c
end

-- Names a script may look for but never gets.
local forbidden = { io = true, package = true, debug = true, dofile = true,
  loadfile = true, collectgarbage = true, rawset = true, module = true,
  ["os.execute"] = true, ["os.exit"] = true, ["os.getenv"] = true,
  ["os.remove"] = true, ["os.rename"] = true, ["os.tmpname"] = true,
  ["os.setlocale"] = true, ["string.dump"] = true }

-- A private copy of a library table whose unknown members are errors.
local function strict_lib(name, t)
  local c = copy(t)
  return setmetatable(c, {
    __index = function(_, k)
      local full = name .. "." .. describe(k)
      if forbidden[full] then error(M("forbidden", full), 2) end
      local s = suggest(k, keys_of(c))
      error(M("no_member", name, describe(k)) .. (s and M("did_you_mean", s) or ""), 2)
    end,
    __metatable = false,
  })
end

local plugin_dirs = {}
local new_env
-- Set once validation exists: records a misspelled step kind and returns a
-- stand-in constructor, so that the other errors of the file are found too.
local on_unknown_kind

-- require limited to the plugin directories: "a.b" is <dir>/a/b.lua; each
-- module runs once per environment, in a sandbox of its own.
local function make_require(loaded)
  return function(name)
    if type(name) ~= "string" or not name:match("^[a-z0-9_%-][a-z0-9_%-%.]*$")
       or name:find("..", 1, true) then
      error(M("require_bad", describe(name)), 2)
    end
    if loaded[name] ~= nil then return loaded[name] end
    local rel = name:gsub("%.", "/") .. ".lua"
    for i = #plugin_dirs, 1, -1 do
      local path = plugin_dirs[i] .. "/" .. rel
      local src = chibo.read_file(path)
      if src then
        local env = new_env()
        local fn, err = host_load(src, "@" .. path, "t", env)
        if not fn then error(err, 0) end
        local v = fn(name)
        if v == nil then v = true end
        loaded[name] = v
        return v
      end
    end
    error(M("require_missing", name), 2)
  end
end

-- A fresh sandbox environment: the allow-list of DESIGN's Lua contract,
-- private copies of the library tables, strict globals.  `extra` adds names
-- (the step constructors) that scripts see as globals.
new_env = function(extra, known)
  local env = {}
  for _, n in next, safe_base do env[n] = _G[n] end
  env._VERSION = _VERSION
  -- Finalizers run with the count hook off (and at exit, outside any step):
  -- a lesson has no use for them.
  env.setmetatable = function(t, mt)
    if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
      error(M("no_gc"), 2)
    end
    -- Called through pcall, the C function's error has no position; it
    -- is raised again at the script's line.
    local ok, r = pcall(setmetatable, t, mt)
    if not ok then error(errtext(r), 2) end
    return r
  end
  env.string = strict_lib("string", string)
  env.table = strict_lib("table", table)
  env.math = strict_lib("math", math)
  env.utf8 = strict_lib("utf8", utf8)
  env.coroutine = strict_lib("coroutine", coroutine)
  env.os = strict_lib("os", { time = os.time, date = os.date, clock = os.clock })
  env.print = function(...)
    local parts = {}
    for i = 1, select("#", ...) do
      local v = select(i, ...)
      parts[i] = (type(v) == "string" or type(v) == "number") and tostring(v) or type(v)
    end
    chibo.log(concat(parts, "\t"))
  end
  env.load = function(chunk, name)
    if type(chunk) == "string" and chunk:byte(1) == 27 then
      return nil, M("load_binary")
    end
    return host_load(chunk, name, "t", env)
  end
  env.require = make_require({})
  env._G = env
  if extra then for k, v in next, extra do env[k] = v end end
  local kinds_known = known or {}
  setmetatable(env, {
    __index = function(_, k)
      if forbidden[k] then error(M("forbidden", describe(k)), 2) end
      local s = suggest(k, kinds_known)
      if s and on_unknown_kind then return on_unknown_kind(k, s) end
      if s then
        error(M("unknown_kind", describe(k)) .. M("did_you_mean", s), 2)
      end
      s = suggest(k, keys_of(env))
      error(M("undefined_global", describe(k)) .. (s and M("did_you_mean", s) or ""), 2)
    end,
    __newindex = function(_, k)
      error(M("assign_global", describe(k)), 2)
    end,
    __metatable = false,
  })
  return env
end

---------------------------------------------------------------- validation

-- Errors found while loading one file: { {line=, msg=}, … }
local errors = {}
local source_name = "?"

local function fail(line, msg)
  errors[#errors + 1] = { line = line or 0, msg = msg }
end

-- The line of the script that called; 0 when that frame is not a script's
-- (a tail call such as "return lesson { … }" leaves the host's frame
-- there, and the caller then falls back on line_of()).
local function caller_line(level)
  local info = debug_getinfo(level + 1, "Sl")
  if not info or info.source:sub(1, 1) ~= "@" then return 0 end
  return info.currentline
end

local check_value

-- Checks a record (author table) against a schema { field = spec, … };
-- returns a clean copy with only known fields.
local function check_record(t, schema, what, line)
  local out = {}
  if type(t) ~= "table" then
    fail(line, M("wrong_type", "?", what, type_name("table"), type_name(type(t))))
    return out
  end
  local names = keys_of(schema)
  for k, v in next, t do
    if type(k) ~= "string" then
      fail(line, M("bad_key", what, describe(k)))
    elseif not schema[k] then
      local s = suggest(k, names)
      fail(line, M("unknown_field", k, what) .. (s and M("did_you_mean", s) or ""))
    else
      out[k] = check_value(v, schema[k], k, what, line)
    end
  end
  for _, name in next, names do
    if schema[name].required and rawget(t, name) == nil then
      fail(line, M("missing_field", what, name))
    end
  end
  return out
end

check_value = function(v, spec, name, what, line)
  local want = spec.type or "string"
  if want == "id" then
    if type(v) ~= "string" then
      fail(line, M("wrong_type", name, what, type_name("string"), type_name(type(v))))
    elseif not v:match("^[a-z0-9][a-z0-9%-]*$") or #v > 64 then
      fail(line, M("bad_id", name, what, v))
    end
    return v
  elseif want == "string" then
    if type(v) ~= "string" then
      fail(line, M("wrong_type", name, what, type_name("string"), type_name(type(v))))
    elseif not utf8_len(v) or v:find("\0", 1, true) then
      fail(line, M("bad_utf8", name, what))
    end
    return v
  elseif want == "integer" then
    if math_type(v) ~= "integer" then
      fail(line, M("wrong_type", name, what, type_name("integer"),
        math_type(v) == "float" and type_name("float") or type_name(type(v))))
    end
    return v
  elseif want == "list" then
    if type(v) ~= "table" then
      fail(line, M("wrong_type", name, what, type_name("list"), type_name(type(v))))
      return {}
    end
    local n = 0
    for k in next, v do
      if math_type(k) ~= "integer" or k < 1 then n = -1; break end
      if k > n then n = k end
    end
    local out, seen = {}, {}
    if n < 0 then fail(line, M("not_list", name, what)); return out end
    for i = 1, n do
      local item = rawget(v, i)
      if item == nil then fail(line, M("not_list", name, what)); return out end
      local of = spec.of or "string"
      if type(of) == "table" then
        out[i] = check_record(item, of, fmt("%s %s[%d]", what, name, i), line)
        local uid = spec.unique and out[i][spec.unique]
        if type(uid) == "string" then
          if seen[uid] then fail(line, M("dup_in_list", name, what, uid)) end
          seen[uid] = true
        end
      else
        out[i] = check_value(item, { type = of }, fmt("%s[%d]", name, i), what, line)
      end
    end
    if spec.min and n < spec.min then fail(line, M("too_few", name, what, spec.min)) end
    if spec.max and n > spec.max then fail(line, M("too_many", name, what, spec.max)) end
    return out
  else
    if type(v) ~= want then
      fail(line, M("wrong_type", name, what, type_name(want), type_name(type(v))))
    end
    return v
  end
end

---------------------------------------------------------------- kinds

local kinds = {}      -- name → { fields =, check =, run =, source = }
local kind_names = {}
-- What the constructors return to a script is an opaque token: an empty
-- table with a locked metatable.  The validated record behind it stays
-- here, out of the script's reach, so it cannot be changed or forged.
local records = setmetatable({}, { __mode = "k" })
local token_mt = {
  __index = function() error(M("opaque"), 2) end,
  __newindex = function() error(M("opaque"), 2) end,
  __metatable = false,
}
local function token(record)
  local t = setmetatable({}, token_mt)
  records[t] = record
  return t
end

local kind_schema = {
  name = { type = "string", required = true },
  fields = { type = "table", required = true },
  check = { type = "function" },
  run = { type = "function", required = true },
  summary = { type = "string" },
}

local field_types = { "string", "integer", "number", "boolean", "function",
  "id", "list", "table" }
local field_type_set = {}
for _, t in next, field_types do field_type_set[t] = true end
-- Names a kind may not take: they would hide the constructors or a global
-- every lesson relies on.
local reserved = { lesson = true, kind = true, rubric = true }
for k in next, new_env() do reserved[k] = true end

-- Checks a kind's field specs (recursively for list records).
local spec_keys = { "type", "required", "of", "min", "max", "unique" }
local spec_key_set = {}
for _, k in next, spec_keys do spec_key_set[k] = true end

local function check_type_name(name, t, line)
  if not field_type_set[t] then
    local s = suggest(t, field_types)
    fail(line, M("field_type", describe(name), describe(t), concat(field_types, ", "))
               .. (s and M("did_you_mean", s) or ""))
  end
end

-- Checks a kind's field specs: their keys, their types, and recursively
-- the records of lists.
local function check_specs(fields, line)
  for name, spec in next, fields do
    if type(spec) ~= "table" then
      fail(line, M("wrong_type", describe(name), "kind", type_name("table"),
        type_name(type(spec))))
    else
      for k in next, spec do
        if not spec_key_set[k] then
          local s = suggest(k, spec_keys)
          fail(line, M("unknown_field", describe(k), "kind.fields." .. describe(name))
                     .. (s and M("did_you_mean", s) or ""))
        end
      end
      check_type_name(name, rawget(spec, "type") or "string", line)
      local of = rawget(spec, "of")
      if type(of) == "table" then
        check_specs(of, line)
      elseif of ~= nil then
        check_type_name(name, of, line)
      end
    end
  end
end

-- The line of the first "word {" in src: where a constructor called as a
-- tail call (return lesson { … }) stands, since the call frame is gone.
local function line_of(src, word)
  local n = 0
  for line in (src .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    local code = line:gsub("%-%-.*$", "")
    if code:find("%f[%w_]" .. word .. "%s*[{(]") then return n end
  end
  return 0
end

local function load_kinds(dirs)
  for _, dir in next, dirs do
    local files = chibo.list_dir(dir .. "/kinds") or {}
    for _, file in next, files do
      local path = dir .. "/kinds/" .. file
      local src = chibo.read_file(path)
      local defined
      local env = new_env({ kind = function(spec)
        local line = caller_line(2)
        if line <= 0 then line = line_of(src or "", "kind") end
        local before = #errors
        local k = check_record(spec, kind_schema, "kind", line)
        if type(k.name) == "string" and (reserved[k.name] or not k.name:match("^[a-z][a-z0-9_]*$")) then
          fail(line, M("kind_name", k.name))
        end
        if type(k.fields) == "table" then check_specs(k.fields, line) end
        if #errors > before then
          local out = {}
          for i = before + 1, #errors do
            out[#out + 1] = fmt("%s:%d: %s", path, errors[i].line, errors[i].msg)
            errors[i] = nil
          end
          sort(out) -- one line: the same report every time
          error(concat(out, "\n"), 0)
        end
        k.fields = copy(k.fields or {})
        k.fields.id = { type = "id", required = true }
        k.fields.title = { type = "string" }
        k.source = path
        defined = k
        return k
      end })
      local fn, err = host_load(src or "", "@" .. path, "t", env)
      if not fn then error(err, 0) end
      fn()
      if not defined then error(path .. ": " .. M("kind_error", "kind { … }"), 0) end
      if not kinds[defined.name] then kind_names[#kind_names + 1] = defined.name end
      kinds[defined.name] = defined
    end
  end
  sort(kind_names)
end

-- The global constructor for one kind: quiz { … } → a step.
local function constructor(name)
  return function(spec)
    local line = caller_line(2)
    local k = kinds[name]
    local id = type(spec) == "table" and rawget(spec, "id")
    local what = type(id) == "string" and M("step_in", name, id) or name
    local before = #errors
    local data = check_record(spec, k.fields, what, line)
    if k.check and #errors == before then
      k.check(data, function(msg) fail(line, what .. ": " .. errtext(msg)) end)
    end
    return token({ step = true, kind = name, id = data.id, title = data.title,
                   data = data, line = line })
  end
end

on_unknown_kind = function(name, guess)
  -- the nearest frame that runs the lesson file itself
  local line = 0
  for level = 2, 30 do
    local info = debug_getinfo(level, "Sl")
    if not info then break end
    if info.source == "@" .. source_name then line = info.currentline; break end
  end
  fail(line, M("unknown_kind", describe(name)) .. M("did_you_mean", guess))
  return function(spec)
    local id = type(spec) == "table" and rawget(spec, "id")
    return token({ step = true, kind = guess,
                   id = type(id) == "string" and id or nil, data = {}, line = line })
  end
end

local lesson_schema = {
  id = { type = "id", required = true },
  version = { type = "integer", required = true },
  title = { type = "string", required = true },
  summary = { type = "string" },
  minutes = { type = "integer" },
  sources = { type = "list", of = "string" },
  steps = { type = "list", of = "table", required = true, min = 1 },
  -- a template id: the lesson's answers, under that template's keys, are
  -- kept as a practice draft of it when the lesson ends
  draft = { type = "id" },
}

local lesson_line = 0 -- fallback for "return lesson { … }" (a tail call)

local function lesson_constructor(spec)
  local line = caller_line(2)
  if line <= 0 then line = lesson_line end
  local l = check_record(spec, lesson_schema, "lesson", line)
  local seen = {}
  local steps = {}
  for i, st in next, l.steps or {} do
    st = records[st]
    if not (st and st.step) then
      fail(line, M("not_a_step", i))
    else
      if st.id and seen[st.id] then
        fail(st.line, M("dup_step", st.id, seen[st.id]))
      elseif st.id then
        seen[st.id] = st.line
      end
      steps[#steps + 1] = st
    end
  end
  l.steps = steps
  l.lesson = true
  return token(l)
end

---------------------------------------------------------------- loading

local function report(list)
  -- Fields are visited in table order, which varies between runs: sort by
  -- line, then message, so that a report is the same every time.
  sort(list, function(a, b)
    if a.line ~= b.line then return a.line < b.line end
    return a.msg < b.msg
  end)
  local out = {}
  for i, e in next, list do
    out[i] = e.line > 0 and fmt("%s:%d: %s", source_name, e.line, e.msg)
                         or fmt("%s: %s", source_name, e.msg)
  end
  return concat(out, "\n")
end

-- Runs a script file whose top level returns a constructor's token (word:
-- "lesson", "rubric"): the host record behind it when it has the marker
-- field word, else every error found, as "file:line: …" lines.
local function load_script(path, shown, word, extra, known, missing)
  source_name = shown
  local src, why = chibo.read_file(path)
  if not src then error(shown .. ": " .. M("read_failed", why or "?"), 0) end
  lesson_line = line_of(src, word)
  local env = new_env(extra, known)
  local fn, err = host_load(src, "@" .. shown, "t", env)
  if not fn then error(err, 0) end
  local ok, v = pcall(fn)
  if not ok then error(errtext(v), 0) end
  if #errors > 0 then error(report(errors), 0) end
  v = records[v]
  if not (v and v[word]) then error(fmt("%s: %s", shown, M(missing)), 0) end
  return v
end

local function load_lesson(path, shown)
  local extra = { lesson = lesson_constructor }
  for _, n in next, kind_names do extra[n] = constructor(n) end
  return load_script(path, shown, "lesson", extra, kind_names, "no_lesson")
end

---------------------------------------------------------------- rubrics

local rubric_schema = {
  id = { type = "id", required = true },
  title = { type = "string", required = true },
  sources = { type = "list", of = "string" },
  settings = { type = "table" },
  bands = { type = "list", required = true, min = 1, of = {
    min = { type = "integer", required = true },
    name = { type = "string", required = true },
  } },
  groups = { type = "list", required = true, min = 1, unique = "id", of = {
    id = { type = "id", required = true },
    title = { type = "string", required = true },
    max = { type = "integer", required = true },
    score = { type = "function" },
    ask = { type = "string" },
    hint = { type = "string" },
  } },
}

local setting_types = { quorum = "pair", pass = "pair", min_minutes = "integer",
  min_minutes_combined = "integer", thematic_per_quarter = "integer" }
-- The usual rules (domain reference), for a rubric that does not set them.
local setting_defaults = { quorum = { 2, 3 }, pass = { 1, 2 }, min_minutes = 90,
  min_minutes_combined = 120, thematic_per_quarter = 1 }

local function rubric_constructor(spec)
  local line = caller_line(2)
  if line <= 0 then line = lesson_line end
  local r = check_record(spec, rubric_schema, "rubric", line)
  local settings = {}
  for k, v in next, r.settings or {} do
    local t = setting_types[k]
    if t == "pair" then
      local a, b = type(v) == "table" and rawget(v, 1), type(v) == "table" and rawget(v, 2)
      if math_type(a) ~= "integer" or math_type(b) ~= "integer" or a <= 0 or b < a then
        fail(line, M("rubric_pair", describe(k)))
      end
      settings[k] = { a, b }
    elseif t then
      settings[k] = check_value(v, { type = t }, "settings." .. describe(k), "rubric", line)
    elseif type(v) == "string" or type(v) == "number" or type(v) == "boolean" then
      settings[k] = v -- a province's own setting, read by its own groups
    else
      fail(line, M("wrong_type", "settings." .. describe(k), "rubric",
        type_name("number"), type_name(type(v))))
    end
  end
  for k, v in next, setting_defaults do
    if settings[k] == nil then settings[k] = type(v) == "table" and copy(v) or v end
  end
  r.settings = settings
  for _, g in next, r.groups or {} do
    if (g.score == nil) == (g.ask == nil) then fail(line, M("rubric_group", g.id or "?")) end
    if g.max and g.max <= 0 then fail(line, M("rubric_max", g.id or "?")) end
  end
  if r.bands then sort(r.bands, function(a, b) return (a.min or 0) > (b.min or 0) end) end
  r.rubric = true
  return token(r)
end

-- Loads and validates a rubric file; errors as "file:line: …".
local function load_rubric(path, shown)
  local r = load_script(path, shown, "rubric", { rubric = rubric_constructor }, nil,
                        "no_rubric_returned")
  r.source = shown
  return r
end

local function find_rubric(id)
  for i = #plugin_dirs, 1, -1 do
    local path = plugin_dirs[i] .. "/rubrics/" .. id .. ".lua"
    if chibo.read_file(path) then return load_rubric(path, path) end
  end
  error(M("no_rubric", id), 0)
end

-- The band of a total: bands are sorted from the highest min down.
local function band_of(r, total)
  for _, b in next, r.bands do
    if total >= b.min then return b.name end
  end
  return r.bands[#r.bands].name
end

-- Scores a rubric: facts feed the score functions, asked(group) gives the
-- chair's points for ask groups.  Returns total, band, lines.
local function score_rubric(r, facts, asked)
  local lines, total = {}, 0
  for i, g in next, r.groups do
    local p
    -- score may return nil when a fact it needs is missing: then the
    -- group is scored like an ask group.
    local by_chair = false
    if g.score then p = g.score(copy(facts), copy(r.settings)) end
    if p == nil then p, by_chair = asked(g), true end
    if math_type(p) ~= "integer" or p < 0 or p > g.max then
      -- at the line of the score function that gave it
      local line = g.score and debug_getinfo(g.score, "S").linedefined or 0
      error(fmt("%s:%d: %s", r.source or "?", line, M("rubric_score", g.id, describe(p), g.max)), 0)
    end
    lines[i] = { id = g.id, title = g.title, points = p, max = g.max, asked = by_chair }
    total = total + p
  end
  return total, band_of(r, total), lines
end

---------------------------------------------------------------- meetings

local function split_rows(text)
  local rows = {}
  for line in text:gmatch("[^\n]+") do
    local f = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
    rows[#rows + 1] = f
  end
  return rows
end

-- ctx.meeting for a checklist run (docs/meeting-api.md).
local function meeting_api(m)
  local api = {}
  api.info = function()
    return { type = m.type, mode = m.mode, cell = m.cell, superior = m.superior,
             rubric = m.rubric, date = m.date }
  end
  api.now = chibo.clock
  api.set = chibo.mset
  api.add = chibo.madd
  local meeting_types = { regular = true, thematic = true, combined = true, committee = true }
  api.previous_tasks = function(types)
    types = types or { "regular", "combined" }
    if type(types) ~= "table" then error(M("bad_type", describe(types)), 2) end
    local names = {}
    for i, t in next, types do
      if not meeting_types[t] then error(M("bad_type", describe(t)), 2) end
      names[i] = t
    end
    local out = {}
    for i, f in next, split_rows(chibo.mquery("previous_tasks " .. concat(names, ","))) do
      out[i] = { key = f[1], owner = f[2], what = f[3], deadline = f[4] }
    end
    return out
  end
  api.history = function()
    local f = split_rows(chibo.mquery("history"))[1] or {}
    return { thematic_this_quarter = tonumber(f[1]) or 0,
             meetings_this_year = tonumber(f[2]) or 0,
             last_date = f[3] ~= "" and f[3] or nil }
  end
  local cached
  api.rubric = function()
    if not cached then
      cached = find_rubric(m.rubric or "hd42-100")
      cached.score = function(facts, asked) return score_rubric(cached, facts, asked) end
    end
    return cached
  end
  return api
end

-- chibo rubric score: facts from a "name = value" file.
local function read_facts(path)
  local src, why = chibo.read_file(path)
  if not src then error(path .. ": " .. M("read_failed", why or "?"), 0) end
  local facts, lines, n = {}, {}, 0
  for line in (src .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    local s = line:gsub("%-%-.*$", ""):match("^%s*(.-)%s*$")
    if s ~= "" then
      local k, v = s:match("^([%w_%-]+)%s*=%s*(.-)$")
      if not k then error(fmt("%s:%d: %s", path, n, M("facts_line", n)), 0) end
      if v == "true" then v = true elseif v == "false" then v = false
      else v = math.tointeger(tonumber(v)) or tonumber(v) or v end
      facts[k] = v
      lines[k] = n
    end
  end
  return facts, lines
end

local function rubric_action(job)
  local r = load_rubric(job.path, job.shown)
  if job.action == "rubric-check" then
    local lines, sum = {}, 0
    for i, g in next, r.groups do
      lines[i] = (g.ask and "ask" or "score") .. "\t" .. g.id .. "\t" .. g.title
                 .. " (" .. g.max .. ")"
      sum = sum + g.max
    end
    chibo.meta(r.id, sum, r.title, "", 0, r.sources or {}, lines)
    return
  end
  local facts, at = read_facts(job.facts)
  local total, band, lines = score_rubric(r, facts, function(g)
    local p = facts[g.id]
    if p == nil then error(fmt("%s: %s", job.facts, M("facts_missing", g.title, g.id)), 0) end
    if math_type(p) ~= "integer" or p < 0 or p > g.max then
      error(fmt("%s:%d: %s", job.facts, at[g.id], M("facts_points", g.id, g.id, describe(p), g.max)), 0)
    end
    return p
  end)
  local function pad(s, w) return s .. (" "):rep(math.max(1, w - (utf8_len(s) or #s))) end
  local max = 0
  for _, l in next, lines do
    chibo.say(fmt("%s%3d / %d", pad(l.title, 40), l.points, l.max))
    max = max + l.max
  end
  chibo.say(fmt("%s%3d / %d — %s", pad(lang == "en" and "Total" or "Tổng", 40), total, max, band))
  chibo.done()
end

---------------------------------------------------------------- documents

local run_lesson -- below

local template_schema = {
  id = { type = "id", required = true },
  type = { type = "string", required = true },
  code = { type = "string", required = true },
  title = { type = "string", required = true },
  summary = { type = "string" },
  sources = { type = "list", of = "string" },
  settings = { type = "table" },
  steps = { type = "list", of = "table", required = true, min = 1 },
  check = { type = "function" },
  build = { type = "function", required = true },
}

local function template_constructor(spec)
  local line = caller_line(2)
  if line <= 0 then line = lesson_line end
  local t = check_record(spec, template_schema, "template", line)
  if t.type and t.type ~= "resolution" and t.type ~= "minutes" then
    fail(line, M("template_type", t.type))
  end
  -- the wizard's steps, checked like a lesson's
  local l = records[lesson_constructor({ id = t.id or "x", version = 1,
    title = t.title or "x", steps = rawget(spec, "steps") or {} })]
  t.steps = l and l.steps or {}
  t.settings = copy(t.settings or {})
  t.template = true
  return token(t)
end

local function load_template(path, shown)
  local extra = { template = template_constructor }
  for _, n in next, kind_names do extra[n] = constructor(n) end
  return load_script(path, shown, "template", extra, kind_names, "no_template")
end

-- The draft as chibo passes it: lines "I key value" (info), "A key type
-- value" (answers of the revision), "M field value" (the meeting's
-- fields), "R list key field value" (its lists), tab-separated, with \n,
-- \t and \\ escaped in values.
local function unescape(v)
  return (v:gsub("\\(.)", { n = "\n", t = "\t", ["\\"] = "\\" }))
end

local function parse_draft(text)
  local info, answers, meeting = {}, {}, nil
  local rows = {}
  for line in (text or ""):gmatch("[^\n]+") do
    local f = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
    if f[1] == "I" then
      info[f[2]] = unescape(f[3] or "")
    elseif f[1] == "A" then
      local t, v = f[3], unescape(f[4] or "")
      answers[f[2]] = t == "i" and math.tointeger(tonumber(v)) or t == "b" and v == "1"
                      or t == "s" and v or nil
    elseif f[1] == "M" then
      meeting = meeting or {}
      meeting[f[2]] = unescape(f[3] or "")
    elseif f[1] == "R" then
      meeting = meeting or {}
      -- the list "score" (the sheet's lines) would hide the field "score"
      -- (the total): it is "scores"
      local list, key = f[2] == "score" and "scores" or f[2], f[3]
      meeting[list] = meeting[list] or {}
      local row = rows[list .. "\0" .. key]
      if not row then
        row = { key = key }
        rows[list .. "\0" .. key] = row
        meeting[list][#meeting[list] + 1] = row
      end
      row[f[4]] = unescape(f[5] or "")
    end
  end
  if info.number == "" then info.number = nil end
  return info, answers, meeting
end

-- The model builder of docs/document-api.md: collects the text form of
-- docs/document-model.md.
local style_keys = { align = true, bold = true, italic = true, underline = true,
  size = true, indent = true, before = true, after = true, rule = true, keep = true }

local function model_builder()
  local out = {}
  local function style(t, what)
    local parts = {}
    for _, k in next, keys_of(type(t) == "table" and t or {}) do
      if not style_keys[k] then error(M("unknown_field", describe(k), what), 3) end
      local v = rawget(t, k)
      if v == true then v = 1 elseif v == false then v = 0 end
      parts[#parts + 1] = k .. "=" .. describe(v)
    end
    return concat(parts, ";")
  end
  local m = {}
  m.page = function(t)
    local parts = {}
    for _, k in next, keys_of(type(t) == "table" and t or {}) do
      parts[#parts + 1] = describe(k) .. "=" .. describe(rawget(t, k))
    end
    out[#out + 1] = "page " .. concat(parts, ";")
  end
  m.p = function(text, st)
    if type(text) ~= "string" then
      error(M("wrong_type", "text", "m.p", type_name("string"), type_name(type(text))), 2)
    end
    text = text:gsub("\\", "\\\\"):gsub("\r?\n", "\\n")
    out[#out + 1] = "p " .. style(st, "m.p") .. "|" .. text
  end
  m.table = function(widths, left, right)
    local w = type(widths) == "table" and widths or { 50, 50 }
    out[#out + 1] = fmt("table widths=%s,%s", describe(w[1] or 50), describe(w[2] or 50))
    out[#out + 1] = "cell"
    if left then left() end
    out[#out + 1] = "cell"
    if right then right() end
    out[#out + 1] = "end"
  end
  m.page_break = function() out[#out + 1] = "break" end
  -- Vietnamese capitals ("Đảng bộ xã" → "ĐẢNG BỘ XÃ"): string.upper only
  -- knows ASCII.
  m.upper = function(text) return chibo.upper(text) end
  return m, function() return concat(out, "\n") .. "\n" end
end

local function draft_action(job)
  load_kinds(plugin_dirs)
  local t = load_template(job.path, job.shown)
  if job.action == "draft-meta" then
    local lines = {}
    for i, st in next, t.steps do lines[i] = st.kind .. "\t" .. st.id .. "\t" .. (st.title or "") end
    chibo.meta(t.id, 0, t.title, t.type .. "\t" .. t.code, 0, t.sources or {}, lines)
    return
  end
  local info, answers, meeting = parse_draft(job.draft)
  if job.action == "draft" then
    job.draft_view = { info = info, meeting = meeting,
      value = function(key) return answers[key] end }
    return run_lesson({ id = t.id, steps = t.steps }, job)
  end
  local d = { info = info, meeting = meeting, settings = copy(t.settings),
              answer = function(key) return answers[key] end }
  if job.action == "draft-check" then
    if t.check then
      t.check(d, function(text) chibo.say(errtext(text)) end)
    end
  else -- draft-build
    local m, result = model_builder()
    t.build(d, m)
    chibo.model(result())
  end
  chibo.done()
end

---------------------------------------------------------------- running

run_lesson = function(l, job)
  local ctx_base = {
    user = job.user,
    mode = job.mode,
    lesson = l.id,
  }
  local n = #l.steps
  for i, st in next, l.steps do
    chibo.step_begin(st.id, i, n, st.title or "")
    local ui = { say = chibo.say, ask = chibo.ask, number = chibo.number,
                 choose = chibo.choose, confirm = chibo.confirm,
                 text = chibo.text }
    local ctx = copy(ctx_base)
    ctx.step = st.id
    ctx.answer = chibo.get
    if job.meeting then ctx.meeting = meeting_api(job.meeting) end
    if job.draft_view then ctx.draft = job.draft_view end
    kinds[st.kind].run(st.data, ui, ctx)
    chibo.step_end(st.id)
  end
  if l.draft then chibo.practice(l.draft) end
  chibo.done()
end

local function send_meta(l)
  local step_lines = {}
  for i, st in next, l.steps do
    step_lines[i] = st.kind .. "\t" .. st.id .. "\t" .. (st.title or ""):gsub("[\t\n]", " ")
  end
  chibo.meta(l.id, l.version, l.title, l.summary or "", l.minutes or 0,
             l.sources or {}, step_lines)
end

-- Entry point, called by core/host.c under the worker's limits.
-- job = { action = "run" | "meta", path =, shown =, plugin_dirs = {…},
--         user =, mode =, lang = }
return function(job)
  lang = job.lang or "vi"
  plugin_dirs = job.plugin_dirs
  local ok, err = xpcall(function()
    if job.action == "rubric-check" or job.action == "rubric-score" then
      return rubric_action(job)
    end
    if job.action:sub(1, 5) == "draft" then return draft_action(job) end
    load_kinds(plugin_dirs)
    local l = load_lesson(job.path, job.shown)
    if job.action == "meta" then
      send_meta(l)
    else
      run_lesson(l, job)
    end
  end, function(e)
    local msg = errtext(e)
    -- Errors raised by C functions ("attempt to yield from outside a
    -- coroutine") carry no position: name the innermost script line.
    if not msg:find("^[^\n]-%.lua:%d+:") then
      for level = 2, 60 do
        local info = debug_getinfo(level, "Sl")
        if not info then break end
        if info.source:sub(1, 1) == "@" and info.currentline > 0 then
          msg = fmt("%s:%d: %s", info.short_src, info.currentline, msg)
          break
        end
      end
    end
    return { msg = msg, tb = traceback(nil, 2) }
  end)
  if not ok then
    if type(err) ~= "table" then err = { msg = errtext(err), tb = "" } end
    chibo.fail(err.msg, err.tb or "")
  end
end
