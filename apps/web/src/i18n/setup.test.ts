import { describe, expect, it } from "vitest";
import { applyPersonLanguage, changeLanguage, currentLanguage, i18n, languageStorageKey } from "./setup.ts";

// The test setup (src/test/setup.ts) initialised i18n with bokmål, as main.tsx does in a browser.
describe("the UI language's texts", () => {
  it("loads only the language in use", () => {
    expect(i18n.hasResourceBundle("nb", "translation")).toBe(true);
    expect(i18n.hasResourceBundle("nn", "translation")).toBe(false);
    expect(i18n.hasResourceBundle("en", "translation")).toBe(false);
  });

  it("switches once the new language's texts have loaded, speaking the old one until then", async () => {
    const switching = changeLanguage("en");
    expect(currentLanguage()).toBe("nb");
    expect(i18n.t("signIn.title")).toBe("Logg inn");

    await switching;
    expect(currentLanguage()).toBe("en");
    expect(i18n.t("signIn.title")).toBe("Sign in");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(languageStorageKey)).toBe("en");
    expect(i18n.hasResourceBundle("nn", "translation")).toBe(false);
  });

  it("speaks a signed-in person's language once its texts are there, unless one was chosen here", async () => {
    await applyPersonLanguage("nn");
    expect(currentLanguage()).toBe("nn");
    expect(i18n.t("app.skipLink")).toBe("Hopp til hovudinnhaldet");
    expect(localStorage.getItem(languageStorageKey)).toBeNull();

    localStorage.setItem(languageStorageKey, "nb");
    await applyPersonLanguage("en");
    expect(currentLanguage()).toBe("nn");
  });
});
