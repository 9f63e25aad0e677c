// The bench's targets, checked and printed. Each target compares figures of the same run (a ratio to a
// baseline, or to the same endpoint at a smaller scale), except the latency ceiling the issue sets.
import type { RouteSize } from "./bundle-size.ts";
import type { ScaleResult } from "./catalogue-bench.ts";
import type { EvaluationFigures } from "./evaluation-bench.ts";
import type { Load, Measurement } from "./measure.ts";

export type Verdict = { target: string; value: string; met: boolean };

const catalogueRoute = "/catalogue";

export function verdicts(catalogue: ScaleResult[], bundles: RouteSize[], evaluation: EvaluationFigures): Verdict[] {
  const small = catalogue[0];
  const large = catalogue.at(-1);
  if (!small || !large) throw new Error("the catalogue bench measured no scale");
  const ratio = large.product.requestsPerSecond / large.raw.requestsPerSecond;
  const growth = large.product.p50Ms / small.product.p50Ms;
  const catalogueBytes = bundles.find((bundle) => bundle.route === catalogueRoute)?.gzipBytes ?? Number.NaN;
  const errors = catalogue.reduce(
    (sum, scale) => sum + scale.product.errors + scale.product.non2xx + scale.raw.errors + scale.raw.non2xx,
    0,
  );
  return [
    { target: "catalogue list throughput ≥ 0.6 × raw pg", value: ratio.toFixed(2), met: ratio >= 0.6 },
    { target: "catalogue list p99 ≤ 50 ms", value: `${large.product.p99Ms} ms`, met: large.product.p99Ms <= 50 },
    {
      target: `p50 at ${large.courses.toLocaleString("en")} ≤ 1.5 × p50 at ${small.courses.toLocaleString("en")} courses`,
      value: `${growth.toFixed(2)} ×`,
      met: growth <= 1.5,
    },
    {
      target: "catalogue JavaScript ≤ 200 kB gzip",
      value: kilobytes(catalogueBytes),
      met: catalogueBytes <= 200 * 1024,
    },
    { target: "no errors or non-2xx answers", value: String(errors), met: errors === 0 },
    {
      target: `results of ${evaluation.answers.toLocaleString("en")} answers ≤ 100 ms`,
      value: `${evaluation.resultsMedianMs.toFixed(1)} ms (median)`,
      met: evaluation.resultsMedianMs <= 100,
    },
  ];
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function row(label: string, m: Measurement): string {
  return `  ${label.padEnd(10)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50Ms).padStart(4)} ms   p99 ${String(m.p99Ms).padStart(4)} ms   (${m.requests} requests, ${m.non2xx} non-2xx, ${m.errors} errors)`;
}

export function printReport(report: {
  load: Load;
  catalogue: ScaleResult[];
  evaluation: EvaluationFigures;
  bundles: RouteSize[];
  verdicts: Verdict[];
}) {
  console.log(
    `\nCatalogue list (GET /api/catalogue/runs and filters), ${report.load.connections} connections, ${report.load.seconds} s each`,
  );
  for (const scale of report.catalogue) {
    console.log(`${scale.courses.toLocaleString("en")} courses, ${scale.runs.toLocaleString("en")} runs`);
    console.log(row("product", scale.product));
    console.log(row("raw pg", scale.raw));
    console.log(`  ratio      ${(scale.product.requestsPerSecond / scale.raw.requestsPerSecond).toFixed(2)}`);
  }
  const e = report.evaluation;
  console.log(
    `\nEvaluation results, ${e.answers.toLocaleString("en")} answers × ${e.questions} questions (service: read + rule of five)`,
  );
  console.log(`  read the answers      ${e.readMedianMs.toFixed(1).padStart(7)} ms (median)`);
  console.log(
    `  results               ${e.resultsMedianMs.toFixed(1).padStart(7)} ms (median), ${e.resultsSlowestMs.toFixed(1)} ms slowest`,
  );
  console.log(`  with a breakdown      ${e.breakdownMedianMs.toFixed(1).padStart(7)} ms (median)`);
  console.log("\nJavaScript per web route (gzip -9, entry + page + static imports + nb texts)");
  for (const bundle of report.bundles) {
    console.log(`  ${bundle.route.padEnd(40)} ${kilobytes(bundle.gzipBytes).padStart(9)}  (${bundle.files} files)`);
  }
  console.log("\nTargets");
  for (const verdict of report.verdicts) {
    console.log(`  ${verdict.met ? "met    " : "MISSED "} ${verdict.target}: ${verdict.value}`);
  }
}
