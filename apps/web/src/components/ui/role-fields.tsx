import { Textfield } from "@digdir/designsystemet-react";
import { type Role, roleSchema } from "@sidestilt/domain/roles";
import { useTranslation } from "react-i18next";
import { SelectField } from "./select-field.tsx";

export type RoleFieldErrors = Partial<Record<"role" | "profession" | "representsId", string>>;

type Props = {
  idPrefix: string;
  role: Role | "";
  onRoleChange: (role: Role | "") => void;
  defaultProfession?: string;
  defaultRepresentsId?: string;
  /** The user organisations a user representative can represent (from the unit directory). */
  userOrganisations: readonly { id: string; name: string }[];
  errors?: RoleFieldErrors;
};

/**
 * A role in a unit: the role, then the profession for a professional or the represented user
 * organisation for a user representative. Only the field that belongs to the chosen role is shown
 * (and sent), as the server refuses the others. Field names: role, profession, representsId.
 */
export function RoleFields({ idPrefix, role, onRoleChange, userOrganisations, errors = {}, ...defaults }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        name="role"
        label={t("people.roleFields.role")}
        value={role}
        onChange={(event) => onRoleChange(roleSchema.safeParse(event.target.value).data ?? "")}
        required
        error={errors.role}
      >
        <option value="">{t("people.roleFields.chooseRole")}</option>
        {roleSchema.options.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </SelectField>
      {role === "PROFESSIONAL" ? (
        <Textfield
          id={`${idPrefix}-profession`}
          name="profession"
          label={t("people.roleFields.profession")}
          description={t("people.roleFields.professionHelp")}
          defaultValue={defaults.defaultProfession}
          error={errors.profession}
        />
      ) : null}
      {role === "USER_REPRESENTATIVE" ? (
        <SelectField
          id={`${idPrefix}-representsId`}
          name="representsId"
          label={t("people.roleFields.represents")}
          description={t("people.roleFields.representsHelp")}
          defaultValue={defaults.defaultRepresentsId ?? ""}
          error={errors.representsId}
        >
          <option value="">{t("people.roleFields.noOrganisation")}</option>
          {userOrganisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}

/** The role fields of a submitted form, with the fields that do not belong to the role left out. */
export function roleValues(
  data: FormData,
  role: Role | "",
): { role: string; profession: string | null; representsId: string | null } {
  const text = (name: string) => String(data.get(name) ?? "").trim();
  return {
    role,
    profession: role === "PROFESSIONAL" ? text("profession") || null : null,
    representsId: role === "USER_REPRESENTATIVE" ? text("representsId") || null : null,
  };
}
