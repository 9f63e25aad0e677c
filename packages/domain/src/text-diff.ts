// A readable line diff between two versions of a plan element, for the history view. Pure: the API
// computes it for each revision against the previous one, and the web app could do the same.

export const diffOps = ["same", "added", "removed"] as const;
export type DiffOp = (typeof diffOps)[number];
export type DiffLine = { op: DiffOp; text: string };

/**
 * Beyond this many cells (changed lines before × after, once common lines at both ends and lines
 * found on one side only are set aside) the changed middle is shown as removed, then added: still
 * correct, only coarser. Plan texts (≤ 20 000 characters) stay far below it unless built to defeat it.
 */
const MAX_LCS_CELLS = 4_000_000;

/** The lines of a text; the empty text has none (so "" and "\n" differ by one empty line). */
const linesOf = (text: string): string[] => (text === "" ? [] : text.split("\n"));

/**
 * The lines of `before` and `after` marked as kept, removed or added (a longest common subsequence of
 * lines is kept). Joining the lines that are not "removed" with "\n" gives `after`; joining those that
 * are not "added" gives `before`. Within a changed stretch, removed lines come before added ones.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = linesOf(before);
  const b = linesOf(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }

  const out: DiffLine[] = [];
  for (let i = 0; i < start; i += 1) out.push({ op: "same", text: a[i] as string });
  let i = start;
  let j = start;
  for (const [matchA, matchB] of matchedLines(a, start, endA, b, start, endB)) {
    while (i < matchA) out.push({ op: "removed", text: a[i++] as string });
    while (j < matchB) out.push({ op: "added", text: b[j++] as string });
    out.push({ op: "same", text: a[i] as string });
    i += 1;
    j += 1;
  }
  while (i < endA) out.push({ op: "removed", text: a[i++] as string });
  while (j < endB) out.push({ op: "added", text: b[j++] as string });
  for (let k = endA; k < a.length; k += 1) out.push({ op: "same", text: a[k] as string });
  return out;
}

/** Index pairs (into a and b, both increasing) of a longest common subsequence of the two ranges. */
function matchedLines(a: string[], fromA: number, toA: number, b: string[], fromB: number, toB: number) {
  // Lines as numbers, and only those that occur on both sides: the others cannot be matched.
  const ids = new Map<string, number>();
  const idOf = (line: string) => {
    let id = ids.get(line);
    if (id === undefined) {
      id = ids.size;
      ids.set(line, id);
    }
    return id;
  };
  const inB = new Set<number>();
  for (let j = fromB; j < toB; j += 1) inB.add(idOf(b[j] as string));
  const inA = new Set<number>();
  const xs: number[] = [];
  const xIndex: number[] = [];
  for (let i = fromA; i < toA; i += 1) {
    const id = idOf(a[i] as string);
    inA.add(id);
    if (inB.has(id)) {
      xs.push(id);
      xIndex.push(i);
    }
  }
  const ys: number[] = [];
  const yIndex: number[] = [];
  for (let j = fromB; j < toB; j += 1) {
    const id = ids.get(b[j] as string) as number;
    if (inA.has(id)) {
      ys.push(id);
      yIndex.push(j);
    }
  }
  if (xs.length === 0 || ys.length === 0 || xs.length * ys.length > MAX_LCS_CELLS) return [];
  const pairs: [number, number][] = [];
  hirschberg(Int32Array.from(xs), Int32Array.from(ys), 0, xs.length, 0, ys.length, pairs);
  return pairs.map(([x, y]) => [xIndex[x] as number, yIndex[y] as number] as const);
}

/**
 * Hirschberg's algorithm: a longest common subsequence in linear memory, by splitting x in half and
 * finding where the best path crosses the middle. Pushes matched (x, y) index pairs in order.
 */
function hirschberg(
  x: Int32Array,
  y: Int32Array,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  out: [number, number][],
): void {
  if (x0 >= x1 || y0 >= y1) return;
  if (x1 - x0 === 1) {
    for (let j = y0; j < y1; j += 1) {
      if (y[j] === x[x0]) {
        out.push([x0, j]);
        return;
      }
    }
    return;
  }
  const mid = (x0 + x1) >> 1;
  const forward = lcsLengths(x, y, x0, mid, y0, y1, false);
  const backward = lcsLengths(x, y, mid, x1, y0, y1, true);
  const width = y1 - y0;
  let split = 0;
  let best = -1;
  for (let k = 0; k <= width; k += 1) {
    const total = (forward[k] as number) + (backward[width - k] as number);
    if (total > best) {
      best = total;
      split = k;
    }
  }
  hirschberg(x, y, x0, mid, y0, y0 + split, out);
  hirschberg(x, y, mid, x1, y0 + split, y1, out);
}

/**
 * Row k of the result: the LCS length of x[x0..x1) and the first k elements of y[y0..y1), or, when
 * `reverse`, of both ranges read backwards (so the last k elements of the y range).
 */
function lcsLengths(
  x: Int32Array,
  y: Int32Array,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  reverse: boolean,
): Int32Array {
  const width = y1 - y0;
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let step = 0; step < x1 - x0; step += 1) {
    const xi = x[reverse ? x1 - 1 - step : x0 + step];
    for (let k = 1; k <= width; k += 1) {
      const yj = y[reverse ? y1 - k : y0 + k - 1];
      current[k] =
        xi === yj ? (previous[k - 1] as number) + 1 : Math.max(previous[k] as number, current[k - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous;
}
