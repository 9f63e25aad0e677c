import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { type TextPart, textPart, textParts } from "./src/i18n/text-parts.ts";

/*
 * `import("virtual:texts/nb/public")` is bokmål's public texts, `virtual:texts/nb/signed-in` the rest
 * (src/i18n/text-parts.ts): one language file, two chunks. A virtual module rather than `nb.json?part=`,
 * because Vite's JSON plugin would take any id ending in .json for JSON.
 */
const prefix = "virtual:texts/";
const languageFile = (language: string) => join(import.meta.dirname, "src", "i18n", `${language}.json`);

export function textPartsPlugin(): Plugin {
  return {
    name: "sidestilt:text-parts",
    resolveId(source) {
      return source.startsWith(prefix) ? `\0${source}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const [language, part] = id.slice(prefix.length + 1).split("/");
      if (!language || !/^[a-z]{2}$/.test(language) || !textParts.includes(part as TextPart)) {
        this.error(`Unknown texts: ${id.slice(1)}`);
      }
      const file = languageFile(language);
      this.addWatchFile(file);
      const texts = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      return `export default ${JSON.stringify(textPart(texts, part as TextPart))};`;
    },
  };
}
