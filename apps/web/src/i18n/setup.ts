import i18next, { type BackendModule, type ReadCallback } from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultLanguage, isLanguage, type Language, languages } from "./languages.ts";

export const languageStorageKey = "sidestilt.language";

/**
 * Each language's texts are a chunk of their own (about 20 kB compressed each), loaded when the language is
 * first used: a phone on the public catalogue downloads one language, not three.
 */
const textsOf: Record<Language, () => Promise<{ default: object }>> = {
  nb: () => import("./nb.json"),
  nn: () => import("./nn.json"),
  en: () => import("./en.json"),
};

/** An i18next backend that reads the texts from the language's chunk (one namespace, `translation`). */
const lazyTexts: BackendModule = {
  type: "backend",
  callbackApi: true,
  init() {},
  read(language: string, _namespace: string, callback: ReadCallback) {
    if (!isLanguage(language)) {
      callback(new Error(`No texts for the language "${language}"`), false);
      return;
    }
    textsOf[language]().then(
      (texts) => callback(null, texts.default),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

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
