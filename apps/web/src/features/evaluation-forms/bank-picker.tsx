import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { maxQuestionsPerForm, type Question } from "@sidestilt/domain/evaluation-form.schema";
import { type BankQuestion, questionBank, questionBankSections } from "@sidestilt/domain/evaluation-question-bank";
import { useFormLabels } from "./form-labels.ts";
import { QuestionFacts } from "./question-facts.tsx";
import { hasBankItem } from "./question-list-editing.ts";

type Props = {
  questions: readonly Question[];
  idPrefix: string;
  onAdd: (item: BankQuestion) => void;
  onRemove: (item: BankQuestion) => void;
};

/**
 * "Legg til fra spørsmålsbanken": NK LMH's bank in its three parts. Each item shows its type and
 * options and one button that adds it, or takes it out again once it is in the form (the same button,
 * so the keyboard stays where it was). Background questions carry NK LMH's warning in plain words.
 */
export function BankPicker({ questions, idPrefix, onAdd, onRemove }: Props) {
  const { t, text } = useFormLabels();
  const full = questions.length >= maxQuestionsPerForm;

  return (
    <div className="stack">
      <Paragraph>{t("evaluationForm.bank.intro")}</Paragraph>
      {full ? (
        <Alert data-color="info">
          <Paragraph>{t("evaluationForm.bank.full", { count: maxQuestionsPerForm })}</Paragraph>
        </Alert>
      ) : null}
      {questionBankSections.map((section) => {
        const headingId = `${idPrefix}-bank-${section}`;
        return (
          <section key={section} className="stack evaluation-bank-section" aria-labelledby={headingId}>
            <Heading id={headingId} level={3} data-size="xs">
              {t(`evaluationForm.bank.sections.${section}`)}
            </Heading>
            {section === "BACKGROUND" ? (
              <Alert data-color="warning">
                <Paragraph>{t("evaluationForm.bank.backgroundWarning")}</Paragraph>
              </Alert>
            ) : null}
            <ul className="evaluation-bank-list">
              {questionBank[section].map((item) => {
                const added = hasBankItem(questions, item.bankKey);
                const titleId = `${idPrefix}-bank-${item.bankKey}`;
                return (
                  <li key={item.bankKey} className="evaluation-bank-item stack" data-testid="bank-item">
                    <Paragraph id={titleId} className="evaluation-question__title">
                      {text(item.text)}
                    </Paragraph>
                    <QuestionFacts question={item} inBank />
                    <div className="button-row">
                      <Button
                        type="button"
                        variant={added ? "tertiary" : "secondary"}
                        data-size="sm"
                        aria-describedby={titleId}
                        disabled={!added && full}
                        onClick={() => (added ? onRemove(item) : onAdd(item))}
                      >
                        {added ? t("evaluationForm.bank.remove") : t("evaluationForm.bank.add")}
                      </Button>
                      {added ? (
                        <span className="evaluation-bank-item__added">{t("evaluationForm.bank.added")}</span>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
