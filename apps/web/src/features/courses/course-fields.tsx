import { Checkbox, Fieldset, Radio, Textfield } from "@digdir/designsystemet-react";
import { courseFormatSchema, enrolmentSchema, targetGroupSchema } from "@sidestilt/domain/course.schema";
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "./choice-group.tsx";
import type { CourseField, CourseValues } from "./course-form-values.ts";
import { languageChoices, languageLabel } from "./language-options.ts";

/** The id of the element a field's error links to (a group's first option for radios and checkboxes). */
export function courseFieldId(idPrefix: string, field: CourseField): string {
  switch (field) {
    case "targetGroup":
      return `${idPrefix}-targetGroup-${targetGroupSchema.options[0]}`;
    case "format":
      return `${idPrefix}-format-${courseFormatSchema.options[0]}`;
    case "enrolment":
      return `${idPrefix}-enrolment-${enrolmentSchema.options[0]}`;
    case "languages":
      return `${idPrefix}-languages-nb`;
    default:
      return `${idPrefix}-${field}`;
  }
}

type Props = {
  idPrefix: string;
  values: CourseValues;
  onChange: (patch: Partial<CourseValues>) => void;
  errorFor: (field: CourseField) => string | undefined;
};

/**
 * A course's facts: title, summary, target group and age range, diagnosis (or diagnosis-independent),
 * format, languages and enrolment. Controlled: the caller keeps the draft (a template fills it, a
 * conflict merges into it). Errors sit beside their field or, for a group, below its options.
 */
export function CourseFields({ idPrefix, values, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const id = (field: CourseField) => courseFieldId(idPrefix, field);

  return (
    <>
      <Textfield
        id={id("title")}
        label={t("courseForm.fields.title")}
        value={values.title}
        onChange={(event) => onChange({ title: event.target.value })}
        required
        error={errorFor("title")}
      />
      <Textfield
        id={id("summary")}
        multiline
        rows={3}
        label={t("courseForm.fields.summary")}
        description={t("courseForm.fields.summaryHelp")}
        value={values.summary}
        onChange={(event) => onChange({ summary: event.target.value })}
        error={errorFor("summary")}
      />
      <ChoiceGroup legend={t("courseForm.fields.targetGroup")} error={errorFor("targetGroup")}>
        {targetGroupSchema.options.map((option) => (
          <Radio
            key={option}
            id={`${idPrefix}-targetGroup-${option}`}
            name={`${idPrefix}-targetGroup`}
            value={option}
            label={t(`enums.targetGroup.${option}`)}
            checked={values.targetGroup === option}
            onChange={() => onChange({ targetGroup: option })}
          />
        ))}
      </ChoiceGroup>
      <Fieldset>
        <Fieldset.Legend>{t("courseForm.fields.ageRange")}</Fieldset.Legend>
        <Fieldset.Description>{t("courseForm.fields.ageRangeHelp")}</Fieldset.Description>
        <div className="course-form__pair">
          <Textfield
            id={id("ageFrom")}
            label={t("courseForm.fields.ageFrom")}
            inputMode="numeric"
            autoComplete="off"
            value={values.ageFrom}
            onChange={(event) => onChange({ ageFrom: event.target.value })}
            error={errorFor("ageFrom")}
          />
          <Textfield
            id={id("ageTo")}
            label={t("courseForm.fields.ageTo")}
            inputMode="numeric"
            autoComplete="off"
            value={values.ageTo}
            onChange={(event) => onChange({ ageTo: event.target.value })}
            error={errorFor("ageTo")}
          />
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t("courseForm.fields.diagnosisLegend")}</Fieldset.Legend>
        <Checkbox
          id={`${idPrefix}-diagnosisIndependent`}
          label={t("courseForm.fields.diagnosisIndependent")}
          description={t("courseForm.fields.diagnosisIndependentHelp")}
          checked={values.diagnosisIndependent}
          onChange={(event) => onChange({ diagnosisIndependent: event.target.checked })}
        />
        {values.diagnosisIndependent ? null : (
          <Textfield
            id={id("diagnosis")}
            label={t("courseForm.fields.diagnosis")}
            description={t("courseForm.fields.diagnosisHelp")}
            value={values.diagnosis}
            onChange={(event) => onChange({ diagnosis: event.target.value })}
            error={errorFor("diagnosis")}
          />
        )}
      </Fieldset>
      <ChoiceGroup legend={t("courseForm.fields.format")} error={errorFor("format")}>
        {courseFormatSchema.options.map((option) => (
          <Radio
            key={option}
            id={`${idPrefix}-format-${option}`}
            name={`${idPrefix}-format`}
            value={option}
            label={t(`enums.format.${option}`)}
            checked={values.format === option}
            onChange={() => onChange({ format: option })}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup
        legend={t("courseForm.fields.languages")}
        description={t("courseForm.fields.languagesHelp")}
        error={errorFor("languages")}
      >
        <div className="course-form__options">
          {languageChoices(values.languages).map((code) => (
            <Checkbox
              key={code}
              id={`${idPrefix}-languages-${code}`}
              value={code}
              label={languageLabel(t, code)}
              checked={values.languages.includes(code)}
              onChange={(event) => {
                const chosen = event.target.checked
                  ? [...values.languages, code]
                  : values.languages.filter((candidate) => candidate !== code);
                // Keep the order of the options, whatever order they were ticked in.
                const order = languageChoices(chosen);
                onChange({ languages: order.filter((candidate) => chosen.includes(candidate)) });
              }}
            />
          ))}
        </div>
      </ChoiceGroup>
      <ChoiceGroup legend={t("courseForm.fields.enrolment")} error={errorFor("enrolment")}>
        {enrolmentSchema.options.map((option) => (
          <Radio
            key={option}
            id={`${idPrefix}-enrolment-${option}`}
            name={`${idPrefix}-enrolment`}
            value={option}
            label={t(`enums.enrolment.${option}`)}
            checked={values.enrolment === option}
            onChange={() => onChange({ enrolment: option })}
          />
        ))}
      </ChoiceGroup>
    </>
  );
}
