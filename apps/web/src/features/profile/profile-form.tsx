import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield } from "@digdir/designsystemet-react";
import { type Profile, profileInputSchema } from "@sidestilt/domain/person.schema";
import type { Locale } from "@sidestilt/domain/roles";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { languageNames, languages } from "../../i18n/languages.ts";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { apiFieldIssues, type FormIssue, validateForm } from "../../lib/form-issues.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { profileQueryOptions, type VersionedProfile } from "./get-profile.ts";
import { useUpdateProfile } from "./update-profile.ts";

type Field = "name" | "phone";
const fieldIds: Record<Field, string> = { name: "profile-name", phone: "profile-phone" };

type Values = { name: string; phone: string; locale: Locale };

function valuesOf(profile: Profile): Values {
  return { name: profile.name, phone: profile.phone ?? "", locale: profile.locale };
}

function sameValues(a: Values, b: Values): boolean {
  return a.name === b.name && a.phone === b.phone && a.locale === b.locale;
}

/** The saved values the form started from and their version: what a save may overwrite. */
type Baseline = { etag: string; values: Values };

function baselineOf({ profile, etag }: VersionedProfile): Baseline {
  return { etag, values: valuesOf(profile) };
}

/**
 * After a conflict: a field the person left as it was takes the saved value; a field they changed
 * keeps what they typed. So nothing typed is lost, and nobody else's change is undone unseen.
 */
function merge(typed: Values, started: Values, saved: Values): Values {
  return {
    name: typed.name === started.name ? saved.name : typed.name,
    phone: typed.phone === started.phone ? saved.phone : typed.phone,
    locale: typed.locale === started.locale ? saved.locale : typed.locale,
  };
}

type Props = {
  current: VersionedProfile;
  /** After a save; `previousLocale` is the language stored before it. */
  onSaved: (saved: Profile, previousLocale: Locale) => void;
};

/**
 * Name, phone and language, saved with If-Match. When someone saved the profile in the meantime (412),
 * nothing typed is lost: the person loads the saved version, sees it beside the form, gets the saved
 * values in the fields they had not touched (see `merge`), and saves again over it knowingly.
 */
export function ProfileForm({ current, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateProfile();
  // The form's draft: started from the saved profile, then the person's own (never replaced by a refetch).
  const [values, setValues] = useState(() => valuesOf(current.profile));
  const [baseline, setBaseline] = useState(() => baselineOf(current));
  const [latest, setLatest] = useState<Profile | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  // Refetches also follow other changes to the account (two-step verification bumps the version too).
  // When none of this form's values changed, the new version is safe to save over; otherwise keep the
  // old one, so that saving answers 412 and the person sees what changed instead of overwriting it.
  useEffect(() => {
    const next = baselineOf(current);
    setBaseline((base) => (base.etag !== next.etag && sameValues(base.values, next.values) ? next : base));
  }, [current]);

  const error = update.error;
  const conflict = error instanceof ApiError && error.code === "precondition_failed";
  const issues = (clientIssues.length > 0 ? clientIssues : apiFieldIssues(error)).filter(
    (issue): issue is FormIssue & { field: Field } => issue.field === "name" || issue.field === "phone",
  );
  const labels: Record<Field, string> = { name: t("profile.details.name"), phone: t("profile.details.phone") };
  const messageFor = (field: Field): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    if (field === "phone" && issue.code !== "too_big") return t("profile.details.invalidPhone");
    return fieldErrorMessage(t, issue.code, labels[field]);
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setAttempt((count) => count + 1);
    setSaved(false);
    const parsed = validateForm(profileInputSchema, values);
    if (!parsed.ok) {
      update.reset();
      setClientIssues(parsed.issues);
      return;
    }
    setClientIssues([]);
    const previousLocale = baseline.values.locale;
    update.mutate(
      { input: parsed.data, etag: baseline.etag },
      {
        onSuccess: (result) => {
          // The draft stays as it is: it is what was saved, and anything typed while saving survives.
          setBaseline(baselineOf(result));
          setLatest(null);
          setSaved(true);
          onSaved(result.profile, previousLocale);
        },
      },
    );
  }

  async function reloadLatest() {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({ ...profileQueryOptions(), staleTime: 0 });
      setLatest(fresh.profile);
      setValues((typed) => merge(typed, baseline.values, valuesOf(fresh.profile)));
      setBaseline(baselineOf(fresh));
      update.reset();
    } catch (caught) {
      setReloadError(caught);
    } finally {
      setReloading(false);
    }
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit} aria-labelledby="profile-details-heading">
      <Heading id="profile-details-heading" level={2} data-size="sm">
        {t("profile.details.heading")}
      </Heading>
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={issues.map((issue) => ({ fieldId: fieldIds[issue.field], message: messageFor(issue.field) ?? "" }))}
        error={conflict ? null : error}
      />
      {conflict ? (
        <Alert key={attempt} data-color="warning" role="alert" className="stack account-tight">
          <Heading level={3} data-size="xs">
            {t("profile.details.conflictHeading")}
          </Heading>
          <Paragraph>{t("profile.details.conflictBody")}</Paragraph>
          {reloadError ? <Paragraph>{t(`errors.${errorKeyOf(reloadError)}`)}</Paragraph> : null}
          <div>
            <Button type="button" variant="secondary" loading={reloading} onClick={() => void reloadLatest()}>
              {reloading ? t("profile.details.reloading") : t("profile.details.reloadLatest")}
            </Button>
          </div>
        </Alert>
      ) : null}
      {latest ? <LatestVersion profile={latest} /> : null}
      <div>
        <dl className="account-facts">
          <div className="account-facts__item">
            <dt>{t("profile.details.email")}</dt>
            <dd>{current.profile.email}</dd>
          </div>
        </dl>
        <Paragraph data-size="sm">{t("profile.details.emailHelp")}</Paragraph>
      </div>
      <Textfield
        id={fieldIds.name}
        name="name"
        label={labels.name}
        value={values.name}
        onChange={(event) => setValues((draft) => ({ ...draft, name: event.target.value }))}
        autoComplete="name"
        required
        error={messageFor("name")}
      />
      <Textfield
        id={fieldIds.phone}
        name="phone"
        type="tel"
        label={labels.phone}
        description={t("profile.details.phoneDescription")}
        value={values.phone}
        onChange={(event) => setValues((draft) => ({ ...draft, phone: event.target.value }))}
        autoComplete="tel"
        error={messageFor("phone")}
      />
      <Fieldset>
        <Fieldset.Legend>{t("profile.details.language")}</Fieldset.Legend>
        {languages.map((language) => (
          <Radio
            key={language}
            name="locale"
            value={language}
            label={<span lang={language}>{languageNames[language]}</span>}
            checked={values.locale === language}
            onChange={() => setValues((draft) => ({ ...draft, locale: language }))}
          />
        ))}
      </Fieldset>
      <div role="status" className="account-status">
        {saved ? <Paragraph>{t("profile.details.saved")}</Paragraph> : null}
      </div>
      <div>
        <Button type="submit" loading={update.isPending}>
          {update.isPending ? t("profile.details.saving") : t("profile.details.save")}
        </Button>
      </div>
    </form>
  );
}

/** What is saved now, shown after a conflict beside the person's own unsaved input. */
function LatestVersion({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="account-latest stack account-tight" aria-labelledby="profile-latest-heading">
      <Heading
        ref={headingRef}
        id="profile-latest-heading"
        level={3}
        data-size="xs"
        tabIndex={-1}
        className="account-focus-target"
      >
        {t("profile.details.latestHeading")}
      </Heading>
      <dl className="account-facts">
        <div className="account-facts__item">
          <dt>{t("profile.details.name")}</dt>
          <dd>{profile.name}</dd>
        </div>
        <div className="account-facts__item">
          <dt>{t("profile.details.phone")}</dt>
          <dd>{profile.phone ?? t("profile.details.noPhone")}</dd>
        </div>
        <div className="account-facts__item">
          <dt>{t("profile.details.language")}</dt>
          <dd lang={profile.locale}>{languageNames[profile.locale]}</dd>
        </div>
      </dl>
      <Paragraph>{t("profile.details.latestHelp")}</Paragraph>
    </section>
  );
}
