import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { type ProgrammeItemKind, programmeItemKinds } from "@sidestilt/domain/programme";
import {
  itemChangesSchema,
  type ProgrammeItem,
  programmeItemKindSchema,
  programmeItemSchema,
} from "@sidestilt/domain/programme.schema";
import type { Role } from "@sidestilt/domain/roles";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { issueMessage, validateForm } from "../../lib/form-issues.ts";
import { formatDuration } from "../../lib/format.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { ConflictNotice, type SavedFact } from "./conflict-notice.tsx";
import { useCreateItem } from "./create-item.ts";
import type { PresenterCandidate } from "./get-presenter-candidates.ts";
import { presentersText } from "./programme-format.ts";
import { useUpdateItem } from "./update-item.ts";

const fields = ["kind", "title", "minutes", "presenterIds"] as const;
type Field = (typeof fields)[number];
type Values = { kind: ProgrammeItemKind; title: string; minutes: string; presenterIds: string[] };

/** A person who may present: one checkbox per person, with every role they have in the group. */
type PresenterOption = { personId: string; name: string; roles: string[]; former: boolean };

type Props = {
  runId: string;
  sessionId: string;
  sessionNumber: number;
  /** The item to edit; none to add one at the end of the session. */
  editing?: ProgrammeItem;
  /** The course's current working-group members (undefined while they load). */
  candidates: readonly PresenterCandidate[] | undefined;
  candidatesError: unknown;
  onSaved: (message: string) => void;
  onCancel: () => void;
};

function valuesOf(item: ProgrammeItem | undefined): Values {
  if (!item) return { kind: "TALK", title: "", minutes: "", presenterIds: [] };
  return {
    kind: item.kind,
    title: item.title,
    minutes: String(item.minutes),
    presenterIds: item.presenters.map((presenter) => presenter.personId),
  };
}

/**
 * Adds or edits a programme item: its kind, title, length and presenters, chosen from the course's
 * working group (a presenter who has left the group stays on an item they already present, as the
 * server allows, but nobody else from outside the group can be chosen). An edit sends the item's
 * version as If-Match; on 412 the input stays and the saved item is shown beside it.
 */
export function ItemForm(props: Props) {
  const { runId, sessionId, sessionNumber, editing, candidates, onSaved, onCancel } = props;
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const create = useCreateItem();
  const update = useUpdateItem();
  const mutation = editing ? update : create;
  const [values, setValues] = useState(() => valuesOf(editing));
  const [baseVersion, setBaseVersion] = useState(editing?.version ?? 0);
  const { issues, attempt, issueFor, submitted } = useFormIssues(fields, mutation.error);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const idPrefix = editing ? `item-${editing.id}` : `new-item-${sessionId}`;
  const headingId = `${idPrefix}-form-heading`;

  const roleText = (role: Role, profession: string | null) =>
    profession
      ? t("programme.itemForm.roleWithProfession", { role: t(`roles.${role}`), profession })
      : t(`roles.${role}`);
  const options: PresenterOption[] = [];
  for (const member of candidates ?? []) {
    const role = roleText(member.role, member.profession);
    const existing = options.find((option) => option.personId === member.personId);
    if (existing) existing.roles.push(role);
    else options.push({ personId: member.personId, name: member.name, roles: [role], former: false });
  }
  for (const presenter of editing?.presenters ?? []) {
    if (candidates && !options.some((option) => option.personId === presenter.personId)) {
      const role = t(`roles.${presenter.role}`);
      options.push({ personId: presenter.personId, name: presenter.name, roles: [role], former: true });
    }
  }
  const optionLabel = (option: PresenterOption) =>
    option.former
      ? t("programme.itemForm.formerMember", { name: option.name, role: option.roles.join(", ") })
      : t("programme.item.presenter", { name: option.name, role: option.roles.join(", ") });
  const presenterFieldId = `${idPrefix}-presenter-${options[0]?.personId ?? "none"}`;
  const fieldIds: Record<Field, string> = {
    kind: `${idPrefix}-kind`,
    title: `${idPrefix}-title`,
    minutes: `${idPrefix}-minutes`,
    presenterIds: presenterFieldId,
  };

  const error = mutation.error;
  const conflict = error instanceof ApiError && error.code === "precondition_failed";
  const savedNow = conflict ? programmeItemSchema.safeParse(error.problem.current).data : undefined;

  const labels: Record<Field, string> = {
    kind: t("programme.itemForm.kind"),
    title: t("programme.itemForm.title"),
    minutes: t("programme.itemForm.minutes"),
    presenterIds: t("programme.itemForm.presenters"),
  };
  const messageFor = (field: Field): string | undefined => {
    const issue = issueFor(field);
    if (!issue) return undefined;
    if (field === "minutes") return t("programme.itemForm.errors.minutes");
    if (field === "presenterIds" && issue.code === "too_big") return t("programme.itemForm.errors.tooManyPresenters");
    return issueMessage(t, issue, labels[field]);
  };

  const savedFacts = (item: ProgrammeItem): SavedFact[] => [
    { label: labels.kind, value: t(`programme.kinds.${item.kind}`) },
    { label: labels.title, value: item.title },
    { label: labels.minutes, value: formatDuration(t, item.minutes) },
    {
      label: labels.presenterIds,
      value:
        item.presenters.length > 0 ? presentersText(t, item.presenters, language) : t("programme.item.noPresenters"),
    },
  ];

  function togglePresenter(personId: string, checked: boolean) {
    setValues((draft) => ({
      ...draft,
      presenterIds: checked
        ? [...draft.presenterIds.filter((id) => id !== personId), personId]
        : draft.presenterIds.filter((id) => id !== personId),
    }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    // After a conflict the saved version has been shown: the next save replaces it knowingly.
    const version = conflict ? (savedNow?.version ?? editing?.version ?? baseVersion) : baseVersion;
    setBaseVersion(version);
    // Presenters in the order the list shows them, whatever order they were ticked in.
    const order = options.map((option) => option.personId);
    const presenterIds = [...values.presenterIds].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const minutes = values.minutes.trim() === "" ? "" : Number(values.minutes);
    const checked = validateForm(itemChangesSchema, { ...values, minutes, presenterIds });
    submitted(checked.ok ? [] : checked.issues);
    if (!checked.ok) {
      if (!conflict) mutation.reset();
      return;
    }
    const title = checked.data.title;
    if (editing) {
      update.mutate(
        { runId, itemId: editing.id, version, input: checked.data },
        { onSuccess: () => onSaved(t("programme.itemForm.saved", { title })) },
      );
    } else {
      create.mutate(
        { runId, sessionId, input: checked.data },
        { onSuccess: () => onSaved(t("programme.itemForm.added", { title, number: sessionNumber })) },
      );
    }
  }

  const presenterError = messageFor("presenterIds");

  return (
    <form className="stack programme-form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      <Heading ref={headingRef} id={headingId} level={4} data-size="xs" tabIndex={-1} className="section-heading">
        {editing
          ? t("programme.itemForm.editHeading", { title: editing.title })
          : t("programme.itemForm.addHeading", { number: sessionNumber })}
      </Heading>
      <FormProblems
        attempt={attempt}
        heading={t("programme.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: fieldIds[issue.field as Field],
          message: messageFor(issue.field as Field) ?? "",
        }))}
        error={conflict ? null : error}
      />
      {conflict ? <ConflictNotice key={attempt} saved={savedNow ? savedFacts(savedNow) : null} /> : null}
      <SelectField
        id={fieldIds.kind}
        name="kind"
        label={labels.kind}
        value={values.kind}
        onChange={(event) => {
          const kind = programmeItemKindSchema.safeParse(event.target.value).data;
          if (kind) setValues((draft) => ({ ...draft, kind }));
        }}
        error={messageFor("kind")}
      >
        {programmeItemKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`programme.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={fieldIds.title}
        name="title"
        label={labels.title}
        value={values.title}
        onChange={(event) => setValues((draft) => ({ ...draft, title: event.target.value }))}
        required
        autoComplete="off"
        error={messageFor("title")}
      />
      <Textfield
        id={fieldIds.minutes}
        name="minutes"
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        step={5}
        label={labels.minutes}
        description={t("programme.itemForm.minutesDescription")}
        value={values.minutes}
        onChange={(event) => setValues((draft) => ({ ...draft, minutes: event.target.value }))}
        required
        error={messageFor("minutes")}
      />
      <Fieldset>
        <Fieldset.Legend>{labels.presenterIds}</Fieldset.Legend>
        <Fieldset.Description>{t("programme.itemForm.presentersDescription")}</Fieldset.Description>
        {candidates === undefined ? (
          props.candidatesError ? (
            <Paragraph role="alert">
              {t("programme.itemForm.candidatesError")} {t(`errors.${errorKeyOf(props.candidatesError)}`)}
            </Paragraph>
          ) : (
            <LoadingStatus label={t("programme.itemForm.candidatesLoading")} />
          )
        ) : options.length === 0 ? (
          <Paragraph>{t("programme.itemForm.noCandidates")}</Paragraph>
        ) : (
          options.map((option) => (
            <Checkbox
              key={option.personId}
              id={`${idPrefix}-presenter-${option.personId}`}
              name="presenterIds"
              value={option.personId}
              label={optionLabel(option)}
              checked={values.presenterIds.includes(option.personId)}
              onChange={(event) => togglePresenter(option.personId, event.target.checked)}
              aria-invalid={presenterError ? true : undefined}
            />
          ))
        )}
        {presenterError ? <ValidationMessage>{presenterError}</ValidationMessage> : null}
      </Fieldset>
      <div className="button-row">
        <Button type="submit" loading={mutation.isPending}>
          {mutation.isPending
            ? t("programme.itemForm.saving")
            : conflict
              ? t("programme.saveAnyway")
              : editing
                ? t("programme.itemForm.save")
                : t("programme.itemForm.add")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("programme.cancel")}
        </Button>
      </div>
    </form>
  );
}
