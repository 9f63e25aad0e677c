/** Which evaluation page of a run a path is (for the run layout's heading), or null for another tab. */
export function evaluationPageOf(pathname: string): "tab" | "results" | "meeting" | null {
  const match = /\/evaluation(?:\/(.*))?$/.exec(pathname.replace(/\/+$/, ""));
  if (!match) return null;
  const rest = match[1] ?? "";
  if (rest === "meeting") return "meeting";
  if (rest.endsWith("/results")) return "results";
  return "tab";
}
