import { Button } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { languageNames, languages } from "../../i18n/languages.ts";
import { changeLanguage } from "../../i18n/setup.ts";

/**
 * Three toggle buttons (aria-pressed) rather than a select, so switching never happens by accident
 * while moving through options with the keyboard. Each name is written in its own language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <fieldset className="language-switch">
      <legend className="language-switch__label">{t("language.label")}</legend>
      <div className="language-switch__options">
        {languages.map((language) => (
          <Button
            key={language}
            type="button"
            data-size="sm"
            variant={language === current ? "primary" : "tertiary"}
            aria-pressed={language === current}
            lang={language}
            onClick={() => void changeLanguage(language)}
          >
            {languageNames[language]}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}
