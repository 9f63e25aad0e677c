import { Details, Heading } from "@digdir/designsystemet-react";
import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import type { BankQuestion } from "@sidestilt/domain/evaluation-question-bank";
import { BankPicker } from "./bank-picker.tsx";
import { useFormLabels } from "./form-labels.ts";
import { NewQuestionForm } from "./new-question-form.tsx";

type Props = {
  questions: readonly Question[];
  idPrefix: string;
  onAddFromBank: (item: BankQuestion) => void;
  onRemoveBankItem: (item: BankQuestion) => void;
  onAddOwn: (question: Question) => void;
};

/** "Legg til spørsmål": the bank and a question of one's own, each folded until opened (the page is long). */
export function AddQuestionsSection({ questions, idPrefix, onAddFromBank, onRemoveBankItem, onAddOwn }: Props) {
  const { t } = useFormLabels();
  const headingId = `${idPrefix}-add`;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="sm">
        {t("evaluationForm.add.heading")}
      </Heading>
      <Details>
        <Details.Summary>{t("evaluationForm.bank.heading")}</Details.Summary>
        <Details.Content>
          <BankPicker questions={questions} idPrefix={idPrefix} onAdd={onAddFromBank} onRemove={onRemoveBankItem} />
        </Details.Content>
      </Details>
      <Details>
        <Details.Summary>{t("evaluationForm.newQuestion.heading")}</Details.Summary>
        <Details.Content>
          <NewQuestionForm questions={questions} idPrefix={idPrefix} onAdd={onAddOwn} />
        </Details.Content>
      </Details>
    </section>
  );
}
