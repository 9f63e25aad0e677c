import i18next, { type BackendModule, type ReadCallback } from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultLanguage, isLanguage, type Language, languages } from "./languages.ts";
import { type TextPart, textParts } from "./text-parts.ts";

export const languageStorageKey = "sidestilt.language";

/**
 * Each language's texts are two chunks of their own (text-parts.ts), loaded when the language is first
 * used: a phone on the public catalogue downloads one language's public texts, nothing else. (Literal
 * imports, so that the build finds each chunk.)
 */
const textsOf: Record<Language, Record<TextPart, () => Promise<{ default: Record<string, unknown> }>>> = {
  nb: { public: () => import("virtual:texts/nb/public"), "signed-in": () => import("virtual:texts/nb/signed-in") },
  nn: { public: () => import("virtual:texts/nn/public"), "signed-in": () => import("virtual:texts/nn/signed-in") },
  en: { public: () => import("virtual:texts/en/public"), "signed-in": () => import("virtual:texts/en/signed-in") },
};

/** Set once a signed-in page has asked for its texts: from then on every language loads both parts. */
let signedInTextsWanted = false;

async function loadTexts(language: Language): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    (signedInTextsWanted ? textParts : (["public"] as const)).map((part) => textsOf[language][part]()),
  );
  return Object.assign({}, ...parts.map((part) => part.default));
}

/** An i18next backend that reads the texts from the language's chunks (one namespace, `translation`). */
const lazyTexts: BackendModule = {
  type: "backend",
  callbackApi: true,
  init() {},
  read(language: string, _namespace: string, callback: ReadCallback) {
    if (!isLanguage(language)) {
      callback(new Error(`No texts for the language "${language}"`), false);
      return;
    }
    loadTexts(language).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

let signedInTexts: Promise<void> | undefined;

/**
 * Adds the signed-in pages' texts to every language loaded so far (and to any loaded later). The
 * signed-in route loaders await it, so a signed-in page is never drawn without its texts.
 */
export function loadSignedInTexts(): Promise<void> {
  signedInTexts ??= (async () => {
    signedInTextsWanted = true;
    await initialised;
    const loaded = languages.filter((language) => i18n.hasResourceBundle(language, "translation"));
    await Promise.all(
      loaded.map(async (language) => {
        const texts = await textsOf[language]["signed-in"]();
        i18n.addResourceBundle(language, "translation", texts.default, true, true);
      }),
    );
  })();
  return signedInTexts;
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function setDocumentLanguage(language: string): void {
  if (isLanguage(language)) document.documentElement.lang = language;
}

export const i18n = i18next.createInstance();

let initialised: Promise<unknown> | undefined;

/**
 * Loads the stored (or default) language's texts and initialises i18next with them. main.tsx awaits it
 * before the first render, so no page is ever drawn without its texts.
 */
export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18n> {
  if (!initialised) {
    i18n.on("languageChanged", setDocumentLanguage);
    initialised = i18n
      .use(lazyTexts)
      .use(initReactI18next)
      .init({
        lng: language,
        // No fallback language: translations.test.ts fails when a language lacks a key that nb has, so a
        // fallback would never be read and would only make every phone download a second language.
        fallbackLng: false,
        supportedLngs: languages,
        load: "currentOnly",
        interpolation: { escapeValue: false },
        returnNull: false,
      });
  }
  await initialised;
  document.documentElement.lang = i18n.language;
  return i18n;
}

/**
 * Switches to `language` once its texts have loaded (until then the page stays in the current one).
 * Waits for initialisation first, so that a switch asked for while the first texts load comes after it.
 */
async function switchTo(language: Language): Promise<void> {
  await initialised;
  await i18n.changeLanguage(language);
}

/** Switches the UI language and remembers the choice in this browser. */
export function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  return switchTo(language);
}

/** Whether someone chose a language in this browser (with the language switch or by saving their profile). */
export function hasChosenLanguage(): boolean {
  try {
    return isLanguage(globalThis.localStorage?.getItem(languageStorageKey));
  } catch {
    return false;
  }
}

/**
 * Speaks the signed-in person's language (their profile's `locale`) unless a language was chosen in this
 * browser: that choice was made here, on purpose, and wins. Not stored, so that it is no choice itself
 * and the next person to sign in on a shared computer gets their own language. Resolves once the page
 * speaks it.
 */
export async function applyPersonLanguage(locale: string): Promise<void> {
  await initialised;
  if (hasChosenLanguage() || !isLanguage(locale) || locale === currentLanguage()) return;
  await switchTo(locale);
}

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : defaultLanguage;
}
