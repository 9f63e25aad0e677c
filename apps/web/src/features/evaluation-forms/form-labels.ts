import type { EvaluationFormKind, LocalizedText, QuestionType } from "@sidestilt/domain/evaluation-form.schema";
import type { Role } from "@sidestilt/domain/roles";
import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "../../i18n/languages.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";

/** The builder's words: kinds, question types, roles, and a question's own text in the UI language. */
export function useFormLabels() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  return {
    t,
    language,
    kindName: (kind: EvaluationFormKind) => t(`evaluationForm.kinds.${kind}`),
    typeName: (type: QuestionType) => t(`evaluationForm.types.${type}.name`),
    role: (role: Role) => t(`roles.${role}`),
    /** A question's or option's text in the UI language. */
    text: (text: LocalizedText) => text[language],
    when: (iso: string) => formatDateTime(iso, language),
  };
}
