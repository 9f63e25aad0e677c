// One load measurement with autocannon: a fixed number of connections for a fixed time, cycling through
// the given paths. Non-2xx answers and errors are counted, not hidden: a fast wrong answer is no result.
import autocannon from "autocannon";

export type Measurement = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
};

export type Load = { connections: number; seconds: number };

export async function measure(baseUrl: string, paths: string[], load: Load): Promise<Measurement> {
  const result = await autocannon({
    url: baseUrl,
    connections: load.connections,
    duration: load.seconds,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A short run whose figures are thrown away: JIT, connection pools and PostgreSQL's caches warm up. */
export async function warmUp(baseUrl: string, paths: string[], connections: number): Promise<void> {
  await measure(baseUrl, paths, { connections, seconds: 3 });
}
