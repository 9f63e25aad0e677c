import { minimumGroupSize, shownCount } from "./evaluation-collection.schema.ts";

// Suppression (prikking) of small counts in evaluation results. Courses have 8–15 participants: a
// count from 1 to 4 points at people, so every count shown is 0 or at least five, and nothing hidden
// may be recovered by subtracting shown counts from a shown total.
//
// The helpers work on "atoms" (scale values, options, groups of people) counted in one or more
// "constraint groups" (the people whose counts are shown side by side, e.g. the groups of a
// breakdown plus the hidden rest). `counts[group][atom]` is how many of that group fall in that atom.

/** 0 or at least five: a count that may be shown (the rule of `shownCount`). */
export const isShowableCount = (count: number): boolean => shownCount(count) !== null;

/** A run of adjacent atoms merged into one cell, by atom index (both ends included). */
export type AtomRange = { first: number; last: number };

const sumRange = (counts: readonly number[], range: AtomRange): number => {
  let sum = 0;
  for (let atom = range.first; atom <= range.last; atom += 1) sum += counts[atom] ?? 0;
  return sum;
};

/**
 * Merges adjacent atoms of an ordered scale into cells in which every group's count is 0 or at least
 * five. Greedy from the low end: a cell closes as soon as it holds someone and every group's count in
 * it is showable. What is left at the top (fewer than five in some group) is merged into the cell
 * below it, and further down while that cell is not showable. The cells always cover every atom, so
 * nobody is dropped; when every group's total is showable, every cell is.
 */
export function mergeAdjacentAtoms(counts: readonly (readonly number[])[]): AtomRange[] {
  const atoms = counts[0]?.length ?? 0;
  if (atoms === 0) return [];
  const cells: AtomRange[] = [];
  let first = 0;
  for (let atom = 0; atom < atoms; atom += 1) {
    const range = { first, last: atom };
    const sums = counts.map((group) => sumRange(group, range));
    if (sums.some((sum) => sum > 0) && sums.every(isShowableCount)) {
      cells.push(range);
      first = atom + 1;
    }
  }
  const last = cells.at(-1);
  if (!last) return [{ first: 0, last: atoms - 1 }];
  last.last = atoms - 1;
  // Only the top cell can have become unshowable (by taking the remainder): merge it downwards.
  while (cells.length > 1) {
    const top = cells.at(-1) as AtomRange;
    if (counts.every((group) => isShowableCount(sumRange(group, top)))) break;
    cells.pop();
    (cells.at(-1) as AtomRange).last = top.last;
  }
  return cells;
}

/**
 * Decides which atoms of a nominal question (options, or groups of people) are merged into one
 * "other" cell: `true` for merged. Atoms with a count from 1 to 4 in any group go into "other"; while
 * "other" itself holds 1 to 4 in some group, the smallest atom still shown (by its total over the
 * groups, never an empty one; the later one on a tie) joins it. That is complementary suppression:
 * the total minus the shown cells is "other", which is showable, and "other" never holds a single
 * atom, so no hidden atom's count follows by subtraction. `initiallyOther` seeds "other" (a breakdown
 * starts from the overall result's merging, so that the two cannot be subtracted from each other).
 */
export function mergeIntoOther(
  counts: readonly (readonly number[])[],
  initiallyOther: readonly boolean[] = [],
): boolean[] {
  const atoms = counts[0]?.length ?? 0;
  const inOther = Array.from({ length: atoms }, (_, atom) => initiallyOther[atom] === true);
  for (let atom = 0; atom < atoms; atom += 1) {
    if (counts.some((group) => !isShowableCount(group[atom] ?? 0))) inOther[atom] = true;
  }
  const total = (atom: number) => counts.reduce((sum, group) => sum + (group[atom] ?? 0), 0);
  const otherShowable = () =>
    counts.every((group) =>
      isShowableCount(group.reduce((sum, count, atom) => (inOther[atom] ? sum + count : sum), 0)),
    );
  while (!otherShowable()) {
    let smallest = -1;
    for (let atom = 0; atom < atoms; atom += 1) {
      const size = total(atom);
      if (inOther[atom] || size === 0) continue;
      if (smallest === -1 || size <= total(smallest)) smallest = atom;
    }
    // Cannot happen while every group's total is showable; stop rather than loop.
    if (smallest === -1) break;
    inOther[smallest] = true;
  }
  return inOther;
}

/**
 * Which groups' answers to one question are hidden (`true`), given how many in each group answered
 * it: those with fewer than five, then the smallest others until the hidden groups together are 0 or
 * at least five (otherwise the question's total minus the shown groups would reveal them).
 */
export function hideSmallGroups(respondents: readonly number[]): boolean[] {
  const hidden = respondents.map((count) => count < minimumGroupSize);
  const hiddenTotal = () => respondents.reduce((sum, count, group) => (hidden[group] ? sum + count : sum), 0);
  while (!isShowableCount(hiddenTotal())) {
    let smallest = -1;
    for (const [group, count] of respondents.entries()) {
      if (!hidden[group] && (smallest === -1 || count <= (respondents[smallest] ?? 0))) smallest = group;
    }
    if (smallest === -1) break;
    hidden[smallest] = true;
  }
  return hidden;
}

/**
 * Whether a multiple-choice option's count may be shown: in every group both those who ticked it and
 * those who did not are 0 or at least five (the second follows from the group's respondents).
 */
export const isShowableOption = (ticked: readonly number[], respondents: readonly number[]): boolean =>
  ticked.every((count, group) => isShowableCount(count) && isShowableCount((respondents[group] ?? 0) - count));
