import { Radio } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages.ts";
import { formatList } from "../../lib/format.ts";
import { ChoiceGroup } from "./choice-group.tsx";
import { ageRangeText, diagnosisText } from "./course-fact-text.ts";
import type { CourseTemplateSummary } from "./get-course-templates.ts";
import { languageLabel } from "./language-options.ts";

type Props = {
  idPrefix: string;
  templates: readonly CourseTemplateSummary[];
  chosen: string;
  language: Language;
  onChoose: (template: CourseTemplateSummary) => void;
  error?: string | undefined;
};

export const templateOptionId = (idPrefix: string, key: string) => `${idPrefix}-template-${key}`;

/** The built-in templates as radio cards: each its title, its summary and the facts it fills in. */
export function TemplateChoice({ idPrefix, templates, chosen, language, onChoose, error }: Props) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      className="template-choice"
      legend={t("courseForm.template.legend")}
      description={t("courseForm.template.help")}
      error={error}
    >
      <div className="template-choice__options">
        {templates.map((template) => {
          const { fields } = template;
          const facts = [
            t(`enums.targetGroup.${fields.targetGroup}`),
            ageRangeText(t, fields.ageFrom, fields.ageTo),
            diagnosisText(t, fields.diagnosis),
            t(`enums.format.${fields.format}`),
            t(`enums.enrolment.${fields.enrolment}`),
            formatList(
              fields.languages.map((code) => languageLabel(t, code)),
              language,
            ),
          ];
          return (
            <div key={template.key} className="template-choice__option" data-testid="template-option">
              <Radio
                id={templateOptionId(idPrefix, template.key)}
                name={`${idPrefix}-template`}
                value={template.key}
                label={template.titles[language]}
                description={
                  <>
                    {fields.summary ? <span className="template-choice__summary">{fields.summary}</span> : null}{" "}
                    <span>{t("courseForm.template.fills", { facts: facts.join(" · ") })}</span>
                  </>
                }
                checked={chosen === template.key}
                onChange={() => onChoose(template)}
              />
            </div>
          );
        })}
      </div>
    </ChoiceGroup>
  );
}
