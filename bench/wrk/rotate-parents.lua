-- Each request is a different signed-in parent opening their own child's day page: the cookie and path pairs come
-- from the file named by PARENTS_FILE ("path<TAB>cookie" per line), taken in turn, each thread from its own offset.
local pairs_list = {}
for line in io.lines(os.getenv("PARENTS_FILE")) do
  local path, cookie = line:match("^(%S+)\t(.+)$")
  if path then pairs_list[#pairs_list + 1] = { path = path, cookie = cookie } end
end

local thread_count = 0
setup = function(thread)
  thread:set("offset", thread_count * 97)
  thread_count = thread_count + 1
end

local n = 0
request = function()
  n = n + 1
  local p = pairs_list[((n + (offset or 0)) % #pairs_list) + 1]
  return wrk.format("GET", p.path, { ["Cookie"] = p.cookie })
end

done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("errors %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("parents %d\n", #pairs_list))
end
