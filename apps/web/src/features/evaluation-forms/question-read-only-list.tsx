import { Paragraph } from "@digdir/designsystemet-react";
import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import { useFormLabels } from "./form-labels.ts";
import { QuestionFacts } from "./question-facts.tsx";

type Props = { questions: readonly Question[]; label: string };

/** Questions as read, not edited: a saved version in the history, and the form for those who may not change it. */
export function QuestionReadOnlyList({ questions, label }: Props) {
  const { t, text } = useFormLabels();
  return (
    <ol className="evaluation-question-list" aria-label={label}>
      {questions.map((question, index) => (
        <li key={question.id} className="evaluation-question stack">
          <Paragraph className="evaluation-question__title">
            {t("evaluationForm.question.heading", { number: index + 1, text: text(question.text) })}
          </Paragraph>
          <QuestionFacts question={question} />
        </li>
      ))}
    </ol>
  );
}
