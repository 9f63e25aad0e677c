import type { i18n as I18n } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages.ts";

/**
 * A second i18next instance in the preview's language, sharing the app's texts: the preview shows the
 * form the way a participant who reads that language sees it, every word of it, while the page around
 * stays in the person's own language. Null until that language's texts have loaded.
 */
export function usePreviewI18n(language: Language): I18n | null {
  const { i18n } = useTranslation();
  const [clone] = useState(() => i18n.cloneInstance());
  const [ready, setReady] = useState<Language | null>(null);
  useEffect(() => {
    let current = true;
    void clone.changeLanguage(language).then(() => {
      if (current) setReady(language);
    });
    return () => {
      current = false;
    };
  }, [clone, language]);
  return ready === language ? clone : null;
}
