-- Readers: each request is a random path from the file named by WRK_URLS
-- (scripts/bench_urls.py --readers); the summary as in wrk_report.lua.
local paths = {}

init = function(args)
  for line in io.lines(os.getenv("WRK_URLS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.0f | %.1f | %.1f | %.1f | %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
