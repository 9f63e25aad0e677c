import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { referralDateIssue } from "@sidestilt/domain/enrolment";
import { type Registration, staffRegistrationInputSchema } from "@sidestilt/domain/registration.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { languageNames, languages } from "../../i18n/languages.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { ParticipantFields } from "./participant-fields.tsx";
import {
  checkValues,
  emptyParticipant,
  issueText,
  type ParticipantField,
  type ParticipantValues,
  participantFieldId,
  participantFields,
} from "./participant-values.ts";
import { useRegisterParticipant } from "./register-participant.ts";

const idPrefix = "register-participant";
const formFields: readonly string[] = [...participantFields, "referralDate", "locale"];

/** Today's date in Norway (YYYY-MM-DD), whatever the browser's zone: referral dates are Norwegian days. */
const osloToday = (): string => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());

type Props = {
  runId: string;
  enrolment: "DIRECT" | "REFERRAL";
  onRegistered: (registration: Registration) => void;
  onCancel: () => void;
};

/**
 * Staff register a participant: after a referral (referral runs need the day it came, never the
 * referral itself), or someone who called in. The same rules as the public sign-up decide a seat or
 * the waiting list; the participant's emails (if an address is given) are in the chosen language.
 */
export function StaffRegistrationForm({ runId, enrolment, onRegistered, onCancel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const register = useRegisterParticipant();
  const [values, setValues] = useState<ParticipantValues>(emptyParticipant);
  const [referralDate, setReferralDate] = useState("");
  const [locale, setLocale] = useState<string>("nb");
  const { issues, attempt, issueFor, submitted } = useFormIssues(formFields, register.error);
  const labels: Record<string, string> = {
    name: t("registrations.fields.name"),
    email: t("registrations.fields.email"),
    phone: t("registrations.fields.phone"),
    participantRole: t("registrations.fields.they.roleLegend"),
    interpreterLanguage: t("registrations.fields.interpreterLanguage"),
    accessibilityNeeds: t("registrations.fields.accessibilityNeeds"),
    referralDate: t("registrations.register.referralDate"),
    locale: t("registrations.register.locale"),
  };
  const messageFor = (field: string): string | undefined => {
    const issue = issueFor(field);
    return issue ? issueText(t, issue, labels[field] ?? field) : undefined;
  };
  const fieldId = (field: string) =>
    field === "referralDate" || field === "locale" ? `${idPrefix}-${field}` : participantFieldId(idPrefix, field);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    const checked = checkValues(staffRegistrationInputSchema, { ...values, referralDate, locale }, formFields);
    const found = checked.ok ? [] : [...checked.issues];
    const dateIssue = referralDateIssue(enrolment, referralDate === "" ? null : referralDate, osloToday());
    if (dateIssue && !found.some((issue) => issue.field === "referralDate")) {
      found.push({ field: "referralDate", code: dateIssue });
      found.sort((a, b) => formFields.indexOf(a.field) - formFields.indexOf(b.field));
    }
    submitted(found);
    if (!checked.ok || found.length > 0) {
      register.reset();
      return;
    }
    register.mutate(
      { runId, input: checked.data },
      {
        onSuccess: (registration) => {
          setValues(emptyParticipant);
          setReferralDate("");
          onRegistered(registration);
        },
      },
    );
  }

  return (
    <form className="stack registration-form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      <Heading ref={headingRef} id={headingId} level={3} data-size="xs" tabIndex={-1} className="section-heading">
        {t("registrations.register.heading")}
      </Heading>
      <Paragraph>
        {enrolment === "REFERRAL" ? t("registrations.register.introReferral") : t("registrations.register.introDirect")}
      </Paragraph>
      <Paragraph>{t("registrations.register.privacy")}</Paragraph>
      <FormProblems
        attempt={attempt}
        heading={t("registrations.errorSummaryHeading")}
        items={issues.map((issue) => ({ fieldId: fieldId(issue.field), message: messageFor(issue.field) ?? "" }))}
        error={register.error}
        errorLead={t("registrations.register.saveError")}
      />
      <ParticipantFields
        idPrefix={idPrefix}
        voice="they"
        values={values}
        onChange={(patch) => setValues((draft) => ({ ...draft, ...patch }))}
        errorFor={(field: ParticipantField) => messageFor(field)}
      />
      <Textfield
        id={`${idPrefix}-referralDate`}
        type="date"
        label={
          enrolment === "REFERRAL"
            ? labels.referralDate
            : t("registrations.register.referralDateOptional", { label: labels.referralDate })
        }
        description={t("registrations.register.referralDateHint")}
        value={referralDate}
        max={osloToday()}
        onChange={(event) => setReferralDate(event.target.value)}
        required={enrolment === "REFERRAL"}
        error={messageFor("referralDate")}
      />
      <SelectField
        id={`${idPrefix}-locale`}
        label={labels.locale ?? ""}
        description={t("registrations.register.localeHint")}
        value={locale}
        onChange={(event) => setLocale(event.target.value)}
        error={messageFor("locale")}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <Button type="submit" loading={register.isPending}>
          {register.isPending ? t("registrations.register.saving") : t("registrations.register.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("registrations.register.close")}
        </Button>
      </div>
    </form>
  );
}
