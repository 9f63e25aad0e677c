import type { Membership } from "@sidestilt/domain/person.schema";
import type { TFunction } from "i18next";

/** "Fagperson (sykepleier)", "Brukerrepresentant for Diabetesforbundet", or the role alone. */
export function membershipLabel(t: TFunction, membership: Pick<Membership, "role" | "profession" | "represents">) {
  const role = t(`roles.${membership.role}`);
  if (membership.profession) return t("people.roleWithProfession", { role, profession: membership.profession });
  if (membership.represents) {
    return t("people.roleRepresenting", { role, organisation: membership.represents.name });
  }
  return role;
}
