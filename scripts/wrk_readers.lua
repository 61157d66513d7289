-- Readers: each request is a random path from the file named by WRK_URLS
-- (scripts/bench_urls.py --readers, or --from-lists: "path referer" lines, the
-- Referer sent unless it is "-"); the summary as in wrk_report.lua.
local paths = {}
local referers = {}

init = function(args)
  for line in io.lines(os.getenv("WRK_URLS")) do
    local path, referer = line:match("^(%S+)%s*(%S*)$")
    if path then
      paths[#paths + 1] = path
      referers[#paths] = (referer ~= "" and referer ~= "-") and referer or nil
    end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

request = function()
  local i = math.random(#paths)
  if referers[i] then return wrk.format("GET", paths[i], { Referer = referers[i] }) end
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.0f | %.1f | %.1f | %.1f | %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
