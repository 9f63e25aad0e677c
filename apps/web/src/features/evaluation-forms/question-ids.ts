// Ids for the questions and options a working group writes itself. An id is what answers, results and
// comparisons between versions key on, so it is made once, from the text as first written, and kept
// when the text is reworded later. It must match questionIdSchema: kebab-case, at most 40 characters.

/** Room left for a "-41" suffix: a form has at most 40 questions, an option list at most 12. */
const maxStemLength = 36;

/** The text in kebab-case: Norwegian letters spelt out (æ → ae, ø → o, å → a), accents dropped. */
export function kebabCaseOf(text: string): string {
  const spelt = text.toLowerCase().replaceAll("æ", "ae").replaceAll("ø", "o").replaceAll("å", "a");
  const plain = spelt.normalize("NFD").replace(/\p{M}/gu, "");
  return plain
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, maxStemLength)
    .replace(/-+$/, "");
}

/**
 * An id from the text, unique among `taken`: "hva-likte-du-best", or "hva-likte-du-best-2" when the
 * form has it already; `fallback` when the text has no letters or digits to make one of.
 */
export function uniqueIdFrom(text: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const stem = kebabCaseOf(text) || fallback;
  if (!used.has(stem)) return stem;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${stem}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
