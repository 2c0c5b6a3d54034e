-- Prints p95 (and p99) latency in milliseconds after a wrk run, which --latency alone does not show.
done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("errors %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
