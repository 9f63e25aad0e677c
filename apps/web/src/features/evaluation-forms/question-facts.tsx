import { Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import { useFormLabels } from "./form-labels.ts";
import { isChoice } from "./question-list-editing.ts";

/**
 * What kind of question it is, in words and as markers that do not rely on colour: its type, whether it
 * must be answered, whether it is a background question (with what that means for anonymity), whether
 * it is the bank's or the group's own (not said of the bank's own items), and a choice question's options.
 */
export function QuestionFacts({ question, inBank = false }: { question: Question; inBank?: boolean }) {
  const { t, typeName, text } = useFormLabels();
  return (
    <div className="stack evaluation-question__facts">
      <div className="evaluation-question__tags">
        <Tag data-size="sm" data-color="neutral">
          {typeName(question.type)}
        </Tag>
        {inBank ? null : question.required ? (
          <Tag data-size="sm" data-color="info">
            {t("evaluationForm.question.requiredTag")}
          </Tag>
        ) : (
          <Tag data-size="sm" data-color="neutral">
            {t("evaluationForm.question.optionalTag")}
          </Tag>
        )}
        {question.background ? (
          <Tag data-size="sm" data-color="warning">
            {t("evaluationForm.question.backgroundTag")}
          </Tag>
        ) : null}
        {inBank ? null : (
          <Tag data-size="sm" data-color="neutral">
            {question.bankKey === null ? t("evaluationForm.question.customTag") : t("evaluationForm.question.bankTag")}
          </Tag>
        )}
      </div>
      {isChoice(question.type) && question.options.length > 0 ? (
        <Paragraph data-size="sm">
          {t("evaluationForm.question.options", {
            options: question.options.map((option) => text(option.label) || "…").join(" · "),
          })}
        </Paragraph>
      ) : null}
      {question.background ? <Paragraph data-size="sm">{t("evaluationForm.question.backgroundNote")}</Paragraph> : null}
    </div>
  );
}
