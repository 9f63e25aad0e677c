import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationFormKind, Question } from "@sidestilt/domain/evaluation-form.schema";
import { type ReactNode, useId, useState } from "react";
import { I18nextProvider } from "react-i18next";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { isLanguage, type Language, languageNames, languages } from "../../i18n/languages.ts";
import { useFormLabels } from "./form-labels.ts";
import { usePreviewI18n } from "./use-preview-i18n.ts";

/** One question as a participant sees it (the participant page's own component, passed in by the page). */
export type RenderPreviewQuestion = (question: Question, language: Language, number: number) => ReactNode;

type Props = {
  kind: EvaluationFormKind;
  questions: readonly Question[];
  renderQuestion: RenderPreviewQuestion;
};

/**
 * "Forhåndsvis": the form as a participant sees it, with unsaved changes, in the language chosen here
 * (a participant chooses theirs). The answers can be tried; nothing can be sent.
 */
export function FormPreview({ kind, questions, renderQuestion }: Props) {
  const { t, language: uiLanguage } = useFormLabels();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const previewI18n = usePreviewI18n(language);
  const selectId = useId();
  const headingId = useId();

  return (
    <div className="stack">
      <Paragraph>{t("evaluationForm.preview.intro")}</Paragraph>
      <SelectField
        id={selectId}
        label={t("evaluationForm.preview.language")}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {languages.map((each) => (
          <option key={each} value={each} lang={each}>
            {languageNames[each]}
          </option>
        ))}
      </SelectField>
      <Paragraph data-size="sm">{t("evaluationForm.preview.submitNote")}</Paragraph>
      {previewI18n ? (
        <I18nextProvider i18n={previewI18n}>
          <section
            lang={language}
            className="stack evaluation-preview"
            aria-labelledby={headingId}
            data-testid="evaluation-preview"
          >
            <Heading id={headingId} level={3} data-size="xs">
              {previewI18n.t(`evaluationForm.kinds.${kind}`)}
            </Heading>
            {questions.map((question, index) => (
              <div key={question.id}>{renderQuestion(question, language, index + 1)}</div>
            ))}
            <div className="button-row">
              <Button type="button" disabled>
                {previewI18n.t("evaluationForm.preview.submit")}
              </Button>
            </div>
          </section>
        </I18nextProvider>
      ) : (
        <LoadingStatus label={t("evaluationForm.preview.loading")} />
      )}
    </div>
  );
}
