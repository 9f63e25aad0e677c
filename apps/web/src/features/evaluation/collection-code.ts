/**
 * The collection's code from its anonymous link (`…/evaluation#code=<code>`): the participant's form
 * is asked for with it, and the paper forms answer the same questions. Null when the link has none.
 */
export function collectionCodeOf(link: string): string | null {
  const hash = link.includes("#") ? link.slice(link.indexOf("#") + 1) : "";
  return new URLSearchParams(hash).get("code") || null;
}
