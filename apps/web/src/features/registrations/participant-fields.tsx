import { Fieldset, Radio, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { accessibilityNeedsMaxLength, participantRoleSchema } from "@sidestilt/domain/registration.schema";
import { useTranslation } from "react-i18next";
import { type ParticipantField, type ParticipantValues, participantFieldId } from "./participant-values.ts";

type Props = {
  idPrefix: string;
  values: ParticipantValues;
  onChange: (patch: Partial<ParticipantValues>) => void;
  errorFor: (field: ParticipantField) => string | undefined;
  /** "you" on the public sign-up (the participant fills it in), "they" when staff register someone. */
  voice: "you" | "they";
};

/**
 * A participant's details: name, how to reach them (email and/or phone), patient or relative, and
 * their needs (interpreter, accessibility). Never an identity number or anything about their health.
 */
export function ParticipantFields({ idPrefix, values, onChange, errorFor, voice }: Props) {
  const { t } = useTranslation();
  const id = (field: ParticipantField) => participantFieldId(idPrefix, field);

  return (
    <>
      <Textfield
        id={id("name")}
        label={t("registrations.fields.name")}
        value={values.name}
        onChange={(event) => onChange({ name: event.target.value })}
        autoComplete={voice === "you" ? "name" : "off"}
        required
        error={errorFor("name")}
      />
      <Fieldset>
        <Fieldset.Legend>{t("registrations.fields.contactLegend")}</Fieldset.Legend>
        <Fieldset.Description>{t(`registrations.fields.${voice}.contactHint`)}</Fieldset.Description>
        <Textfield
          id={id("email")}
          type="email"
          label={t("registrations.fields.email")}
          description={t(`registrations.fields.${voice}.emailHint`)}
          value={values.email}
          onChange={(event) => onChange({ email: event.target.value })}
          autoComplete={voice === "you" ? "email" : "off"}
          error={errorFor("email")}
        />
        <Textfield
          id={id("phone")}
          type="tel"
          label={t("registrations.fields.phone")}
          description={t("registrations.fields.phoneHint")}
          value={values.phone}
          onChange={(event) => onChange({ phone: event.target.value })}
          autoComplete={voice === "you" ? "tel" : "off"}
          error={errorFor("phone")}
        />
      </Fieldset>
      {/* Remounted when its error changes, so that every option is tied to the message (see ChoiceGroup in courses). */}
      <Fieldset key={errorFor("participantRole") ?? ""}>
        <Fieldset.Legend>{t(`registrations.fields.${voice}.roleLegend`)}</Fieldset.Legend>
        {participantRoleSchema.options.map((role) => (
          <Radio
            key={role}
            id={`${idPrefix}-participantRole-${role}`}
            name={`${idPrefix}-participantRole`}
            value={role}
            label={t(`registrations.role.${role}`)}
            description={t(`registrations.fields.${voice}.roleHint.${role}`)}
            checked={values.participantRole === role}
            onChange={() => onChange({ participantRole: role })}
          />
        ))}
        {errorFor("participantRole") ? <ValidationMessage>{errorFor("participantRole")}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t("registrations.fields.needsLegend")}</Fieldset.Legend>
        <Fieldset.Description>{t(`registrations.fields.${voice}.needsHint`)}</Fieldset.Description>
        <Textfield
          id={id("interpreterLanguage")}
          label={t("registrations.fields.interpreterLanguage")}
          description={t(`registrations.fields.${voice}.interpreterHint`)}
          value={values.interpreterLanguage}
          onChange={(event) => onChange({ interpreterLanguage: event.target.value })}
          autoComplete="off"
          error={errorFor("interpreterLanguage")}
        />
        <Textfield
          id={id("accessibilityNeeds")}
          multiline
          rows={3}
          label={t("registrations.fields.accessibilityNeeds")}
          description={t(`registrations.fields.${voice}.accessibilityHint`)}
          counter={{
            limit: accessibilityNeedsMaxLength,
            under: t("registrations.fields.charactersLeft"),
            over: t("registrations.fields.charactersOver"),
          }}
          value={values.accessibilityNeeds}
          onChange={(event) => onChange({ accessibilityNeeds: event.target.value })}
          error={errorFor("accessibilityNeeds")}
        />
      </Fieldset>
    </>
  );
}
