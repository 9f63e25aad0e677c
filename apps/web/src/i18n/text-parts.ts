// The texts of each language come in two parts, each a chunk of its own: what anyone may see (the
// catalogue, sign-up, a participant's links, sign-in) and what only signed-in pages use (planning,
// programme, sign-off, units, evaluation …). A phone on the public catalogue downloads the first part
// only; the second loads with the signed-in route loaders (routes.tsx). The language files stay whole
// (src/i18n/<language>.json); the build splits them by top-level key (vite-text-parts.ts).

/** Top-level keys whose texts only signed-in pages use. A public page must use none of them (text-parts.test.ts). */
export const signedInTextKeys: readonly string[] = [
  "audit",
  "attendance",
  "checklist",
  "courseCopy",
  "courseForm",
  "coursePage",
  "evaluation",
  "evaluationForm",
  "invitations",
  "people",
  "plan",
  "profile",
  "programme",
  "signOff",
  "units",
  "workingGroup",
];

export const textParts = ["public", "signed-in"] as const;
export type TextPart = (typeof textParts)[number];

/** One part of a language's texts. */
export function textPart(texts: Record<string, unknown>, part: TextPart): Record<string, unknown> {
  const wanted = (key: string) => signedInTextKeys.includes(key) === (part === "signed-in");
  return Object.fromEntries(Object.entries(texts).filter(([key]) => wanted(key)));
}
