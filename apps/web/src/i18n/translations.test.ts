import { errorCodes } from "@sidestilt/domain/problem";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import nb from "./nb.json";
import nn from "./nn.json";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valuesOf(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : valuesOf(value)));
}

const files: Record<string, Tree> = { nb, nn, en };

describe("translations", () => {
  it.each(["nn", "en"])("%s has exactly the keys of nb", (language) => {
    const reference = keysOf(nb).sort();
    const keys = keysOf(files[language] as Tree).sort();
    expect(
      keys.filter((key) => !reference.includes(key)),
      "keys missing in nb",
    ).toEqual([]);
    expect(
      reference.filter((key) => !keys.includes(key)),
      `keys missing in ${language}`,
    ).toEqual([]);
  });

  it.each(Object.keys(files))("%s has a message for every API error code", (language) => {
    const errors = (files[language] as Tree).errors as Tree;
    for (const code of errorCodes) expect(errors[code], `errors.${code}`).toEqual(expect.any(String));
  });

  it.each(Object.keys(files))("%s has no empty messages and uses the same placeholders as nb", (language) => {
    const tree = files[language] as Tree;
    for (const value of valuesOf(tree)) expect(value.trim()).not.toBe("");
    const placeholders = (file: Tree, key: string) =>
      (key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part] as Tree | string, file) as string)
        .match(/{{\s*\w+\s*}}/g)
        ?.sort() ?? [];
    for (const key of keysOf(nb)) expect(placeholders(tree, key), key).toEqual(placeholders(nb, key));
  });
});
