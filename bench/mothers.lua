-- wrk script: each request carries the next mother's session cookie, so consecutive requests
-- belong to different mothers (bench/signed-in.sh). The cookie file is the first argument after --.
-- BENCH_LANGUAGE=es sends Accept-Language: es, so the pages are rendered and kept in Spanish.
local cookies = {}
local next_one = 0
local language = os.getenv("BENCH_LANGUAGE")

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then cookies[#cookies + 1] = line end
  end
  -- The two wrk threads start at different mothers.
  next_one = math.random(#cookies)
end

function request()
  next_one = next_one % #cookies + 1
  local headers = { ["Cookie"] = "SESSION=" .. cookies[next_one] }
  if language then headers["Accept-Language"] = language end
  return wrk.format("GET", nil, headers)
end
