import { Button, Checkbox, Heading, Paragraph } from "@digdir/designsystemet-react";
import { type SignUpResult, signUpInputSchema } from "@sidestilt/domain/registration.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { isLanguage } from "../../i18n/languages.ts";
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
import { useSignUp } from "./sign-up.ts";

const idPrefix = "sign-up";
const formFields: readonly string[] = [...participantFields, "consent"];

type Props = {
  runId: string;
  /** The run is full: the person joins the waiting list (said before they start). */
  waitingList: boolean;
  onSignedUp: (result: SignUpResult, emailGiven: boolean) => void;
};

/**
 * The public sign-up: name, email and/or phone, patient or relative, needs, and consent to the privacy
 * text. Checked before sending with the API's own schema; every problem is shown beside its field and
 * listed at the top. The page's language is the language of the participant's emails.
 */
export function SignUpForm({ runId, waitingList, onSignedUp }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const privacyId = useId();
  const signUp = useSignUp();
  const [values, setValues] = useState<ParticipantValues>(emptyParticipant);
  const [consent, setConsent] = useState(false);
  const { issues, attempt, issueFor, submitted } = useFormIssues(formFields, signUp.error);
  const labels: Record<string, string> = {
    name: t("registrations.fields.name"),
    email: t("registrations.fields.email"),
    phone: t("registrations.fields.phone"),
    participantRole: t("registrations.fields.you.roleLegend"),
    interpreterLanguage: t("registrations.fields.interpreterLanguage"),
    accessibilityNeeds: t("registrations.fields.accessibilityNeeds"),
    consent: t("registrations.signUp.consentLabel"),
  };
  const messageFor = (field: string): string | undefined => {
    const issue = issueFor(field);
    return issue ? issueText(t, issue, labels[field] ?? field) : undefined;
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signUp.isPending) return;
    const checked = checkValues(signUpInputSchema, { ...values, consent, locale: language }, formFields);
    submitted(checked.ok ? [] : checked.issues);
    if (!checked.ok) {
      signUp.reset();
      return;
    }
    const input = checked.data;
    signUp.mutate({ runId, input }, { onSuccess: (result) => onSignedUp(result, input.email !== null) });
  }

  return (
    <form className="stack sign-up-form" noValidate onSubmit={handleSubmit}>
      {waitingList ? (
        <Paragraph className="sign-up-form__notice">{t("registrations.signUp.waitingListNotice")}</Paragraph>
      ) : null}
      <FormProblems
        attempt={attempt}
        heading={t("registrations.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: issue.field === "consent" ? `${idPrefix}-consent` : participantFieldId(idPrefix, issue.field),
          message: messageFor(issue.field) ?? "",
        }))}
        error={signUp.error}
        errorLead={t("registrations.signUp.sendError")}
        errorNote={t("registrations.signUp.keptNote")}
      />
      <ParticipantFields
        idPrefix={idPrefix}
        voice="you"
        values={values}
        onChange={(patch) => setValues((draft) => ({ ...draft, ...patch }))}
        errorFor={(field: ParticipantField) => messageFor(field)}
      />
      <section className="stack sign-up-form__privacy" aria-labelledby={`${privacyId}-heading`}>
        <Heading id={`${privacyId}-heading`} level={2} data-size="xs">
          {t("registrations.signUp.privacyHeading")}
        </Heading>
        <div id={privacyId} className="stack">
          <Paragraph>{t("registrations.signUp.privacyStored")}</Paragraph>
          <Paragraph>{t("registrations.signUp.privacyNotAsked")}</Paragraph>
          <Paragraph>{t("registrations.signUp.privacyDeleted")}</Paragraph>
        </div>
        <Checkbox
          id={`${idPrefix}-consent`}
          label={labels.consent}
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          error={messageFor("consent")}
        />
      </section>
      <div className="button-row">
        <Button type="submit" loading={signUp.isPending}>
          {signUp.isPending ? t("registrations.signUp.submitting") : t("registrations.signUp.submit")}
        </Button>
      </div>
    </form>
  );
}
