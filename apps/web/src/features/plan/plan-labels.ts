import type { PlanElementKind } from "@sidestilt/domain/plan.schema";
import type { Role } from "@sidestilt/domain/roles";
import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "../../i18n/languages.ts";

/** The plan's words: element names and help texts, and roles as they read inside a sentence. */
export function usePlanLabels() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  return {
    t,
    language,
    elementName: (kind: PlanElementKind) => t(`plan.elements.${kind}.name`),
    elementHelp: (kind: PlanElementKind) => t(`plan.elements.${kind}.help`),
    /** "brukerrepresentant", "fagperson", "LMS-koordinator": lower case where the language wants it. */
    role: (role: Role) => t(`plan.roleInText.${role}`),
  };
}
