import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import nb from "./nb.json";
import { signedInTextKeys, textPart } from "./text-parts.ts";

const src = join(import.meta.dirname, "..");

/** The modules a public page is built from: they may only use public texts. */
const publicSources = [
  "app/layout",
  "app/public-route-loaders.ts",
  "app/routes/app-loading.tsx",
  "app/routes/catalogue-page.tsx",
  "app/routes/catalogue-run-page.tsx",
  "app/routes/evaluation-page.tsx",
  "app/routes/forgot-password-page.tsx",
  "app/routes/invitation-page.tsx",
  "app/routes/not-found-page.tsx",
  "app/routes/registration-page.tsx",
  "app/routes/reset-password-page.tsx",
  "app/routes/root-error-page.tsx",
  "app/routes/root-layout.tsx",
  "app/routes/route-error-page.tsx",
  "app/routes/sign-in-page.tsx",
  "app/routes/sign-up-page.tsx",
  "features/auth",
  "features/catalogue",
  "features/evaluation-answer",
  "features/invitation-acceptance",
  "features/password-reset",
  "features/registrations",
  "lib",
];

function filesUnder(path: string): string[] {
  const full = join(src, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => filesUnder(join(path, name)));
}

/** The top-level keys a source file names in t("key.…"), <Trans i18nKey="key.…">, or a template t(`key.${…}`). */
function textKeysIn(source: string): string[] {
  return [...source.matchAll(/(?:\bt\(\s*|i18nKey=\{?\s*)["'`]([A-Za-z]+)\./g)].map((match) => match[1] ?? "");
}

describe("the texts' two parts", () => {
  it("split a language by top-level key, losing none", () => {
    const publicTexts = textPart(nb, "public");
    const signedInTexts = textPart(nb, "signed-in");
    expect(Object.keys(signedInTexts).sort()).toEqual([...signedInTextKeys].filter((key) => key in nb).sort());
    expect({ ...publicTexts, ...signedInTexts }).toEqual(nb);
    expect(publicTexts).toHaveProperty("catalogue");
    expect(publicTexts).not.toHaveProperty("plan");
  });

  it("name only keys the language files have", () => {
    expect(signedInTextKeys.filter((key) => !(key in nb))).toEqual([]);
  });

  it("leave the public pages with only public texts", () => {
    const misuses = publicSources
      .flatMap(filesUnder)
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .flatMap((file) =>
        textKeysIn(readFileSync(file, "utf8"))
          .filter((key) => signedInTextKeys.includes(key))
          .map((key) => `${relative(src, file)} uses ${key}`),
      );
    expect(misuses).toEqual([]);
  });
});
