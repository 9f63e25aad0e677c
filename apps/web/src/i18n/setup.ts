import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import { defaultLanguage, isLanguage, type Language } from "./languages.ts";
import nb from "./nb.json";
import nn from "./nn.json";

export const languageStorageKey = "sidestilt.language";

export const resources = {
  nb: { translation: nb },
  nn: { translation: nn },
  en: { translation: en },
} as const;

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

/** Initialises i18next synchronously (the resources are bundled) with the stored or default language. */
export function initI18n(language: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    i18n.on("languageChanged", setDocumentLanguage);
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: ["nb", "nn", "en"],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  document.documentElement.lang = i18n.language;
  return i18n;
}

/** Switches the UI language and remembers the choice in this browser. */
export function changeLanguage(language: Language): Promise<unknown> {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  return i18n.changeLanguage(language);
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
 * and the next person to sign in on a shared computer gets their own language.
 */
export function applyPersonLanguage(locale: string): void {
  if (hasChosenLanguage() || !isLanguage(locale) || locale === currentLanguage()) return;
  void i18n.changeLanguage(locale);
}

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : defaultLanguage;
}
