import type { LocalizedText } from "@sidestilt/domain/evaluation-form.schema";
import { likertLabels } from "@sidestilt/domain/evaluation-question-bank";
import { useTranslation } from "react-i18next";
import { intlLocales, isLanguage, type Language } from "../../i18n/languages.ts";

/** The evaluation pages' translate function and the UI language (question texts come in all three). */
export function useEvaluationLanguage() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  return { t, language };
}

export const textIn = (text: LocalizedText, language: Language): string => text[language];

/** A mean or standard deviation with one decimal, the way the language writes it: "7,8". */
export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat([...intlLocales[language]], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A share (0–1) as a whole percent, the way the language writes it: "45 %". */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat([...intlLocales[language]], { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}

/**
 * A cell of an ordered question: "0–6" or "8" on a 0–10 scale; Likert levels by the names the form
 * showed ("Lite relevant – Noe relevant").
 */
export function orderedCellLabel(type: "SCALE_0_10" | "LIKERT", from: number, to: number, language: Language): string {
  if (type === "SCALE_0_10") return from === to ? String(from) : `${from}–${to}`;
  const name = (level: number) => likertLabels[level as keyof typeof likertLabels]?.[language] ?? String(level);
  return from === to ? name(from) : `${name(from)} – ${name(to)}`;
}
