import { Button, Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { useEffect, useId, useRef } from "react";
import { compareQuestionLists } from "./form-conflict.ts";
import { useFormLabels } from "./form-labels.ts";

type Props = {
  open: boolean;
  /** The form as stored now (from the 412 answer). */
  stored: EvaluationFormView;
  /** The person's list, unsaved: never dropped unless they choose to. */
  mine: readonly Question[];
  /** The version their changes were made on. */
  baseVersion: number;
  /** Keep their list, now on top of the stored version: their next save replaces it. */
  onKeepMine: () => void;
  /** Drop their changes and show the stored version. */
  onUseSaved: () => void;
  /** Back to the builder with nothing decided (Esc, or the button). */
  onClose: () => void;
};

/**
 * Someone else saved the form while the person worked on it. Says who, which version is stored and
 * which one the person's changes build on, lists how the two lists differ (by question), and offers two
 * ways on, each explained: keep my list on top of the new version, or discard my changes. A native
 * modal dialog; focus starts on its heading so that it is read from the top.
 */
export function FormConflictDialog({ open, stored, mine, baseVersion, onKeepMine, onUseSaved, onClose }: Props) {
  const { t, text, role, when } = useFormLabels();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const difference = compareQuestionLists(stored.questions, mine);
  const differs =
    difference.onlyMine.length + difference.onlyStored.length + difference.changed.length > 0 || difference.reordered;

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const list = (label: string, questions: readonly Question[]) =>
    questions.length === 0 ? null : (
      <div className="stack evaluation-tight">
        <Paragraph>{label}</Paragraph>
        <ul className="evaluation-conflict-list">
          {questions.map((question) => (
            <li key={question.id}>{text(question.text)}</li>
          ))}
        </ul>
      </div>
    );

  return (
    <Dialog open={open} onClose={onClose} closeButton={false} aria-labelledby={titleId} className="confirm-dialog">
      <div className="stack">
        <Heading ref={heading} id={titleId} level={2} data-size="xs" tabIndex={-1} className="section-heading">
          {t("evaluationForm.conflict.title")}
        </Heading>
        <Paragraph>
          {stored.lastEdit
            ? t("evaluationForm.conflict.who", {
                name: stored.lastEdit.authorName,
                role: role(stored.lastEdit.authorRole),
                version: stored.version,
                date: when(stored.lastEdit.at),
              })
            : t("evaluationForm.conflict.whoUnknown", { version: stored.version })}{" "}
          {t("evaluationForm.conflict.yours", { version: baseVersion })}
        </Paragraph>
        {differs ? (
          <>
            {list(t("evaluationForm.conflict.onlyStored", { version: stored.version }), difference.onlyStored)}
            {list(t("evaluationForm.conflict.onlyMine"), difference.onlyMine)}
            {list(t("evaluationForm.conflict.changed"), difference.changed)}
            {difference.reordered ? <Paragraph>{t("evaluationForm.conflict.reordered")}</Paragraph> : null}
          </>
        ) : (
          <Paragraph>{t("evaluationForm.conflict.same")}</Paragraph>
        )}
        <dl className="evaluation-choices">
          <div>
            <dt>{t("evaluationForm.conflict.keepMine")}</dt>
            <dd>{t("evaluationForm.conflict.keepMineHelp", { version: stored.version })}</dd>
          </div>
          <div>
            <dt>{t("evaluationForm.conflict.useSaved")}</dt>
            <dd>{t("evaluationForm.conflict.useSavedHelp", { version: stored.version })}</dd>
          </div>
        </dl>
        <div className="button-row">
          <Button type="button" onClick={onKeepMine}>
            {t("evaluationForm.conflict.keepMine")}
          </Button>
          <Button type="button" variant="secondary" onClick={onUseSaved}>
            {t("evaluationForm.conflict.useSaved")}
          </Button>
          <Button type="button" variant="tertiary" onClick={onClose}>
            {t("evaluationForm.conflict.back")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
