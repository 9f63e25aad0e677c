import type { Role } from "@sidestilt/domain/roles";
import type { TFunction } from "i18next";
import { intlLocales, type Language } from "../../i18n/languages.ts";

/** "Fagperson (sykepleier)", or the role alone. */
export function memberRoleLabel(t: TFunction, role: Role, profession: string | null | undefined): string {
  const label = t(`workingGroup.roles.${role}`);
  return profession ? t("workingGroup.roleWithProfession", { role: label, profession }) : label;
}

/** The calendar day of a moment, in Norwegian time (the units are in Norway). */
export function formatDay(iso: string, language: Language): string {
  return new Intl.DateTimeFormat([...intlLocales[language]], { dateStyle: "long", timeZone: "Europe/Oslo" }).format(
    new Date(iso),
  );
}
