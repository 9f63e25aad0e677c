import { Alert, Button, Details, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { useState } from "react";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { apiFieldIssues } from "../../lib/form-issues.ts";
import { AddQuestionsSection } from "./add-questions-section.tsx";
import { DraftNotices } from "./draft-notices.tsx";
import { storedFormOf } from "./form-conflict.ts";
import { FormConflictDialog } from "./form-conflict-dialog.tsx";
import { FormHistory } from "./form-history.tsx";
import { useFormLabels } from "./form-labels.ts";
import { FormPreview, type RenderPreviewQuestion } from "./form-preview.tsx";
import { FormSigning } from "./form-signing.tsx";
import { FormStatus } from "./form-status.tsx";
import { QuestionCard } from "./question-card.tsx";
import { questionButtonId } from "./question-dom-ids.ts";
import { questionIssueTarget, questionIssueText } from "./question-issue-message.ts";
import { draftIssues, type QuestionIssue, questionIssues } from "./question-issues.ts";
import { replaceQuestion } from "./question-list-editing.ts";
import { QuestionReadOnlyList } from "./question-read-only-list.tsx";
import { useSaveEvaluationForm } from "./save-evaluation-form.ts";
import { SavePanel } from "./save-panel.tsx";
import { UnsavedChangesGuard } from "./unsaved-changes-guard.tsx";
import { useFocusRequest } from "./use-focus-request.ts";
import { useFormDraft } from "./use-form-draft.ts";
import { useQuestionListActions } from "./use-question-list-actions.ts";

type Props = {
  courseId: string;
  /** The form as stored (refetched when someone else saves). */
  form: EvaluationFormView;
  renderPreviewQuestion: RenderPreviewQuestion;
};

const idPrefix = "form-builder";
const listHeadingId = `${idPrefix}-questions`;
const saveButtonId = `${idPrefix}-save`;
const signingHeadingId = `${idPrefix}-signing`;
const undoButtonId = `${idPrefix}-undo`;

/**
 * The working group's evaluation form builder. The question list is one document: every edit (add from
 * the bank or the group's own, move, remove with undo, "må besvares", reword) changes the person's draft,
 * which stays on screen as "Ulagrede endringer" until it is saved with If-Match as the next version.
 * Nothing is lost: leaving asks first, a refused save names each problem by its question, and when
 * someone else saved first (412) the person sees both versions and chooses. Below the list: the
 * bank, a question of one's own, the participant's preview, co-signing and the history.
 */
export function EvaluationFormBuilder({ courseId, form, renderPreviewQuestion }: Props) {
  const { t, text } = useFormLabels();
  const focus = useFocusRequest();
  const save = useSaveEvaluationForm();
  const draft = useFormDraft(form);
  const [status, setStatus] = useState("");
  const [signingStatus, setSigningStatus] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [clientIssues, setClientIssues] = useState<QuestionIssue[] | null>(null);
  const [conflict, setConflict] = useState<{ stored: EvaluationFormView; open: boolean } | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const canEdit = form.abilities.canEdit;
  const { questions, baseVersion, dirty, edit } = draft;
  const list = useQuestionListActions({ questions, edit, announce: setStatus, focus, idPrefix, undoButtonId });
  const conflictPending = conflict !== null && dirty && conflict.stored.version !== baseVersion;
  const newerSaved = dirty && !conflictPending && form.version > baseVersion;
  const serverIssues = save.variables ? questionIssues(save.variables.questions, apiFieldIssues(save.error)) : [];
  const issues = clientIssues ?? serverIssues;
  const otherError = save.error && serverIssues.length === 0 && !storedFormOf(save.error) ? save.error : null;

  function handleSave() {
    if (save.isPending) return;
    const found = questionIssues(questions, draftIssues(questions));
    setAttempt((count) => count + 1);
    setClientIssues(found.length > 0 ? found : null);
    setStatus("");
    if (found.length > 0) {
      save.reset();
      list.openEditorsFor(found);
      return;
    }
    save.mutate(
      { courseId, kind: form.kind, version: baseVersion, questions },
      {
        onSuccess: (saved) => {
          draft.reset();
          list.settle(false);
          setConflict(null);
          setStatus(t("evaluationForm.status.saved", { version: saved.version }));
        },
        onError: (error) => {
          const stored = storedFormOf(error);
          if (stored) {
            setConflict({ stored, open: true });
            return;
          }
          list.openEditorsFor(questionIssues(questions, apiFieldIssues(error)));
        },
      },
    );
  }

  function keepMine() {
    if (!conflict) return;
    const version = conflict.stored.version;
    draft.rebase(version);
    setConflict(null);
    save.reset();
    setStatus(t("evaluationForm.status.rebased", { version }));
    focus(saveButtonId);
  }

  function discard(message: string) {
    draft.reset();
    list.settle(true);
    setConflict(null);
    setClientIssues(null);
    save.reset();
    setStatus(message);
    focus(listHeadingId);
  }

  const numberOf = (questionId: string | null) => questions.findIndex((question) => question.id === questionId) + 1;
  const summaryItems = issues.map((issue) => {
    const number = numberOf(issue.questionId) || issue.number;
    const message = questionIssueText(t, issue);
    return {
      fieldId: questionIssueTarget(
        idPrefix,
        issue,
        issue.questionId !== null && list.editing.has(issue.questionId),
        listHeadingId,
      ),
      message: number ? t("evaluationForm.issues.summaryItem", { number, message }) : message,
    };
  });

  return (
    <div className="stack evaluation-form-builder">
      <FormStatus form={form} />
      <Paragraph>{t("evaluationForm.intro")}</Paragraph>
      {canEdit ? null : (
        <Alert data-color="info">
          <Paragraph>{t("evaluationForm.readOnly")}</Paragraph>
        </Alert>
      )}

      <section className="stack" aria-labelledby={listHeadingId}>
        <div className="evaluation-list-heading">
          <Heading id={listHeadingId} level={2} data-size="sm" tabIndex={-1} className="section-heading">
            {t("evaluationForm.list.heading", { count: questions.length })}
          </Heading>
          {dirty ? (
            <Tag data-color="warning" data-size="sm">
              {t("evaluationForm.save.unsavedTag")}
            </Tag>
          ) : null}
        </div>
        {canEdit ? (
          <FormProblems
            attempt={attempt}
            heading={t("evaluationForm.issues.heading")}
            items={summaryItems}
            error={otherError}
            errorLead={t("evaluationForm.save.error")}
            errorNote={t("evaluationForm.save.kept")}
          />
        ) : null}
        <DraftNotices
          form={form}
          unresolvedVersion={conflictPending && conflict && !conflict.open ? conflict.stored.version : null}
          onReview={() => conflict && setConflict({ ...conflict, open: true })}
          newerSaved={newerSaved}
        />
        {list.removed && canEdit ? (
          <Alert data-color="info" className="evaluation-undo">
            <Paragraph>{t("evaluationForm.list.removed", { text: text(list.removed.question.text) })}</Paragraph>
            <div>
              <Button id={undoButtonId} type="button" variant="secondary" data-size="sm" onClick={list.undoRemove}>
                {t("evaluationForm.list.undo")}
              </Button>
            </div>
          </Alert>
        ) : null}
        {questions.length === 0 ? <Paragraph>{t("evaluationForm.list.empty")}</Paragraph> : null}
        {canEdit ? (
          <ol className="evaluation-question-list">
            {questions.map((question, index) => (
              <QuestionCard
                key={question.id}
                question={question}
                number={index + 1}
                count={questions.length}
                idPrefix={idPrefix}
                editing={list.editing.has(question.id)}
                issues={issues.filter((issue) => issue.questionId === question.id)}
                onEditing={(open) => {
                  list.setEditorOpen(question.id, open);
                  if (!open) focus(questionButtonId(idPrefix, question.id, "edit"));
                }}
                onMove={(delta) => list.move(index, delta)}
                onRemove={() => list.remove(index)}
                onChange={(changed) => edit((list) => replaceQuestion(list, changed))}
              />
            ))}
          </ol>
        ) : (
          <QuestionReadOnlyList
            questions={questions}
            label={t("evaluationForm.list.heading", { count: questions.length })}
          />
        )}
        {canEdit ? (
          <SavePanel
            id={saveButtonId}
            dirty={dirty}
            version={form.version}
            saving={save.isPending}
            onSave={handleSave}
            onDiscard={() => setConfirmDiscard(true)}
          />
        ) : null}
        <div role="status" className="evaluation-status">
          {status ? <Paragraph>{status}</Paragraph> : null}
        </div>
      </section>

      {canEdit ? (
        <AddQuestionsSection
          questions={questions}
          idPrefix={idPrefix}
          onAddFromBank={list.addFromBank}
          onRemoveBankItem={list.removeBankItem}
          onAddOwn={list.addOwn}
        />
      ) : null}

      <section className="stack" aria-labelledby={`${idPrefix}-preview`}>
        <Heading id={`${idPrefix}-preview`} level={2} data-size="sm">
          {t("evaluationForm.preview.heading")}
        </Heading>
        <Details>
          <Details.Summary>{t("evaluationForm.preview.open")}</Details.Summary>
          <Details.Content>
            <FormPreview kind={form.kind} questions={questions} renderQuestion={renderPreviewQuestion} />
          </Details.Content>
        </Details>
      </section>

      <section className="stack" aria-labelledby={signingHeadingId}>
        <Heading id={signingHeadingId} level={2} data-size="sm" tabIndex={-1} className="section-heading">
          {t("evaluationForm.signing.heading")}
        </Heading>
        <FormSigning
          courseId={courseId}
          form={form}
          dirty={dirty}
          announce={(message) => {
            setSigningStatus(message);
            // The button pressed is gone (sign ↔ withdraw): the keyboard stays in this section.
            focus(signingHeadingId);
          }}
        />
        <div role="status" className="evaluation-status">
          {signingStatus ? <Paragraph>{signingStatus}</Paragraph> : null}
        </div>
      </section>

      <section className="stack" aria-labelledby={`${idPrefix}-history`}>
        <Heading id={`${idPrefix}-history`} level={2} data-size="sm">
          {t("evaluationForm.history.heading")}
        </Heading>
        <FormHistory courseId={courseId} kind={form.kind} currentVersion={form.version} />
      </section>

      {conflict ? (
        <FormConflictDialog
          open={conflict.open}
          stored={conflict.stored}
          mine={questions}
          baseVersion={baseVersion}
          onKeepMine={keepMine}
          onUseSaved={() => discard(t("evaluationForm.status.usedSaved", { version: conflict.stored.version }))}
          onClose={() => setConflict({ ...conflict, open: false })}
        />
      ) : null}
      <ConfirmDialog
        open={confirmDiscard}
        title={t("evaluationForm.save.discardTitle")}
        confirmLabel={t("evaluationForm.save.discardConfirm")}
        pendingLabel={t("evaluationForm.save.discardConfirm")}
        cancelLabel={t("evaluationForm.save.discardCancel")}
        onConfirm={() => {
          setConfirmDiscard(false);
          discard(t("evaluationForm.status.discarded"));
        }}
        onClose={() => setConfirmDiscard(false)}
        danger
      >
        <Paragraph>{t("evaluationForm.save.discardBody")}</Paragraph>
      </ConfirmDialog>
      <UnsavedChangesGuard dirty={dirty} />
    </div>
  );
}
