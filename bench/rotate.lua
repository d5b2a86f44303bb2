-- wrk: each request takes the next line of two lists, so many mothers and many addresses are
-- asked for in one run. PATHS: a file of paths (default: the path on the command line);
-- COOKIES: a file of SESSION cookie values (default: none). Each thread starts at its own
-- place in the lists, so the threads do not ask for the same mother at the same moment.
local function lines(name)
  local list = {}
  if name and name ~= "" then
    for line in io.lines(name) do
      if line ~= "" then list[#list + 1] = line end
    end
  end
  return list
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7919)
end

local paths, cookies, i
function init(args)
  paths = lines(os.getenv("PATHS"))
  if #paths == 0 then paths = { wrk.path } end
  cookies = lines(os.getenv("COOKIES"))
  i = offset or 0
end

function request()
  i = i + 1
  local headers = {}
  if #cookies > 0 then headers["Cookie"] = "SESSION=" .. cookies[i % #cookies + 1] end
  return wrk.format("GET", paths[i % #paths + 1], headers)
end
