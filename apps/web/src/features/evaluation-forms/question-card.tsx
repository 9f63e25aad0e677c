import { Button, Heading, Switch, ValidationMessage } from "@digdir/designsystemet-react";
import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import { useFormLabels } from "./form-labels.ts";
import { questionButtonId, questionHeadingId } from "./question-dom-ids.ts";
import { QuestionEditor } from "./question-editor.tsx";
import { QuestionFacts } from "./question-facts.tsx";
import { isEditorIssue, questionIssueText } from "./question-issue-message.ts";
import type { QuestionIssue } from "./question-issues.ts";

type Props = {
  question: Question;
  number: number;
  count: number;
  idPrefix: string;
  editing: boolean;
  issues: readonly QuestionIssue[];
  onEditing: (open: boolean) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onChange: (question: Question) => void;
};

/**
 * One question of the form being built: its text, type and markers, and the actions on it as large,
 * labelled buttons (no dragging): move up or down, whether it must be answered, edit its text and
 * options, remove. Each button is described by the question's heading, so "Flytt opp" says which.
 */
export function QuestionCard(props: Props) {
  const { question, number, count, idPrefix, editing, issues } = props;
  const { t, text } = useFormLabels();
  const headingId = questionHeadingId(idPrefix, question.id);
  const buttonId = (button: "up" | "down" | "edit" | "remove") => questionButtonId(idPrefix, question.id, button);
  // Problems the editor shows beside its fields are shown here while it is closed.
  const shownHere = issues.filter((issue) => !editing || !isEditorIssue(issue));

  return (
    <li className="evaluation-question stack" data-testid="evaluation-question">
      <div className="stack evaluation-question__head">
        <Heading id={headingId} level={3} data-size="2xs" tabIndex={-1} className="section-heading">
          {t("evaluationForm.question.heading", { number, text: text(question.text) })}
        </Heading>
        <QuestionFacts question={question} />
      </div>
      {shownHere.map((issue) => (
        <ValidationMessage key={`${issue.part.kind}-${issue.code}`}>{questionIssueText(t, issue)}</ValidationMessage>
      ))}
      <Switch
        label={t("evaluationForm.question.required")}
        checked={question.required}
        onChange={(event) => props.onChange({ ...question, required: event.target.checked })}
        aria-describedby={headingId}
      />
      <div className="button-row evaluation-question__actions">
        <Button
          id={buttonId("up")}
          type="button"
          variant="secondary"
          data-size="sm"
          aria-describedby={headingId}
          disabled={number === 1}
          onClick={() => props.onMove(-1)}
        >
          {t("evaluationForm.question.moveUp")}
        </Button>
        <Button
          id={buttonId("down")}
          type="button"
          variant="secondary"
          data-size="sm"
          aria-describedby={headingId}
          disabled={number === count}
          onClick={() => props.onMove(1)}
        >
          {t("evaluationForm.question.moveDown")}
        </Button>
        <Button
          id={buttonId("edit")}
          type="button"
          variant="secondary"
          data-size="sm"
          aria-describedby={headingId}
          aria-expanded={editing}
          onClick={() => props.onEditing(!editing)}
        >
          {t("evaluationForm.question.edit")}
        </Button>
        <Button
          id={buttonId("remove")}
          type="button"
          variant="tertiary"
          data-color="danger"
          data-size="sm"
          aria-describedby={headingId}
          onClick={props.onRemove}
        >
          {t("evaluationForm.question.remove")}
        </Button>
      </div>
      {editing ? (
        <QuestionEditor
          question={question}
          number={number}
          idPrefix={idPrefix}
          issues={issues.filter(isEditorIssue)}
          onChange={props.onChange}
          onDone={() => props.onEditing(false)}
        />
      ) : null}
    </li>
  );
}
