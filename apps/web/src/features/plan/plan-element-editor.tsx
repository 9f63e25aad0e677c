import { Alert, Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type PlanElement, planElementChangeSchema } from "@sidestilt/domain/plan.schema";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { issueMessage, validateForm } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { mergeBoth, type StoredElement, storedElementOf } from "./plan-conflict.ts";
import { PlanConflictDialog } from "./plan-conflict-dialog.tsx";
import { clearDraft, type PlanDraft, writeDraft } from "./plan-drafts.ts";
import { usePlanLabels } from "./plan-labels.ts";
import { useUpdatePlanElement } from "./update-plan-element.ts";
import { useEditingPresence } from "./use-editing-presence.ts";

export type EditOutcome = "saved" | "discarded" | "usedSaved" | "cancelled";

type Props = {
  runId: string;
  /** The element as cached now (refetched when someone else saves). */
  element: PlanElement;
  elementName: string;
  /** Whose browser drafts to keep (null: none are kept). */
  personId: string | null;
  /** The text and version the editing starts from: the element's, or a draft kept from before. */
  start: PlanDraft;
  onDone: (outcome: EditOutcome) => void;
};

/**
 * An element's text, edited in place and saved with If-Match = the version the text was written on.
 * Nothing typed is lost: the text is kept in this browser as it is typed (plan-drafts.ts), a failed
 * save leaves it in the field, and when someone else saved first (412) the conflict dialog shows both
 * texts and lets the person keep theirs, take the saved one, or merge the two here before saving.
 */
export function PlanElementEditor({ runId, element, elementName, personId, start, onDone }: Props) {
  const { t, role } = usePlanLabels();
  const [text, setText] = useState(start.content);
  // The version the text in the field was written on: what a save may replace.
  const [baseVersion, setBaseVersion] = useState(start.version);
  const [stored, setStored] = useState<StoredElement | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [merged, setMerged] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const field = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  const save = useUpdatePlanElement();
  const keep = useUpdatePlanElement();
  const form = useFormIssues(["content"], save.error);
  const fieldId = `plan-element-${element.id}`;
  const otherEditors = useEditingPresence(element.id);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusRequest is the trigger (on open and after a merge)
  useEffect(() => {
    field.current?.focus();
  }, [focusRequest]);

  const conflictPending = stored !== null && stored.version !== baseVersion;
  const saveError = save.error && !storedElementOf(save.error) && form.issues.length === 0 ? save.error : null;
  const keepError = keep.error && !storedElementOf(keep.error) ? keep.error : null;
  // Someone saved after the text in the field was started, and no conflict has been shown for it yet.
  const newerSaved = !conflictPending && element.version > baseVersion;

  function change(value: string, version = baseVersion) {
    setText(value);
    if (personId) writeDraft(personId, element.id, { content: value, version });
  }

  function finish(outcome: EditOutcome) {
    if (personId) clearDraft(personId, element.id);
    onDone(outcome);
  }

  function conflictFrom(error: unknown): boolean {
    const found = storedElementOf(error);
    if (!found) return false;
    setStored(found);
    setDialogOpen(true);
    return true;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const result = validateForm(planElementChangeSchema, { content: text });
    form.submitted(result.ok ? [] : result.issues);
    if (!result.ok) return;
    save.mutate(
      { runId, elementId: element.id, version: baseVersion, content: text },
      { onSuccess: () => finish("saved"), onError: conflictFrom },
    );
  }

  function keepMine() {
    if (!stored) return;
    keep.mutate(
      { runId, elementId: element.id, version: stored.version, content: text },
      { onSuccess: () => finish("saved"), onError: conflictFrom },
    );
  }

  function mergeTexts() {
    if (!stored) return;
    change(mergeBoth(stored.content, text), stored.version);
    setBaseVersion(stored.version);
    setDialogOpen(false);
    setMerged(true);
    save.reset();
    keep.reset();
    setFocusRequest((count) => count + 1);
  }

  const issue = form.issueFor("content");
  const fieldError = issue ? issueMessage(t, issue, elementName) : undefined;

  return (
    <form className="stack plan-editor" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={form.attempt}
        heading={t("plan.errorSummaryHeading")}
        items={fieldError ? [{ fieldId, message: fieldError }] : []}
        error={saveError}
        errorLead={t("plan.editor.saveError")}
        errorNote={t("plan.editor.keptText")}
      />
      {conflictPending && !dialogOpen ? (
        <Alert data-color="warning" className="stack plan-tight">
          <Paragraph>{t("plan.editor.unresolved", { element: elementName })}</Paragraph>
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setDialogOpen(true)}>
              {t("plan.editor.reviewConflict")}
            </Button>
          </div>
        </Alert>
      ) : newerSaved ? (
        <Alert data-color="info">
          <Paragraph>
            {element.lastEdit
              ? t("plan.editor.newerSaved", {
                  name: element.lastEdit.authorName,
                  role: role(element.lastEdit.authorRole),
                  element: elementName,
                })
              : t("plan.editor.newerSavedUnknown", { element: elementName })}
          </Paragraph>
        </Alert>
      ) : null}
      <div role="status" className="plan-presence">
        {otherEditors.length > 0 ? (
          <Paragraph data-size="sm">
            {t("plan.editor.othersEditing", {
              count: otherEditors.length,
              names: otherEditors.map((editor) => `${editor.name} (${role(editor.role)})`).join(", "),
              element: elementName,
            })}
          </Paragraph>
        ) : null}
      </div>
      {merged && !conflictPending ? (
        <Alert data-color="info">
          <Heading level={4} data-size="2xs">
            {t("plan.editor.mergedHeading")}
          </Heading>
          <Paragraph>{t("plan.editor.merged")}</Paragraph>
        </Alert>
      ) : null}
      <Textfield
        ref={field}
        id={fieldId}
        name="content"
        label={elementName}
        multiline
        rows={8}
        value={text}
        onChange={(event) => change(event.target.value)}
        error={fieldError}
      />
      <div className="button-row">
        <Button type="submit" loading={save.isPending}>
          {save.isPending ? t("plan.editor.saving") : t("plan.editor.save")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => (text === element.content ? finish("cancelled") : setConfirmDiscard(true))}
        >
          {t("plan.editor.cancel")}
        </Button>
      </div>
      {stored ? (
        <PlanConflictDialog
          open={dialogOpen}
          elementName={elementName}
          stored={stored}
          typed={text}
          keeping={keep.isPending}
          error={keepError}
          onKeepMine={keepMine}
          onUseSaved={() => {
            setDialogOpen(false);
            finish("usedSaved");
          }}
          onMerge={mergeTexts}
          onClose={() => setDialogOpen(false)}
        />
      ) : null}
      <ConfirmDialog
        open={confirmDiscard}
        title={t("plan.editor.discardTitle", { element: elementName })}
        confirmLabel={t("plan.editor.discardConfirm")}
        pendingLabel={t("plan.editor.discardConfirm")}
        cancelLabel={t("plan.editor.discardCancel")}
        onConfirm={() => {
          setConfirmDiscard(false);
          finish("discarded");
        }}
        onClose={() => setConfirmDiscard(false)}
        danger
      >
        <Paragraph>{t("plan.editor.discardBody")}</Paragraph>
      </ConfirmDialog>
    </form>
  );
}
