import { Textfield } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { RunField, RunValues } from "./course-form-values.ts";

type Props = {
  idPrefix: string;
  values: RunValues;
  onChange: (patch: Partial<RunValues>) => void;
  errorFor: (field: RunField) => string | undefined;
};

export const runFieldId = (idPrefix: string, field: RunField) => `${idPrefix}-${field}`;

/** A run's dates, venue or video link, and capacity (the new-run form and a new course's first run). */
export function RunFields({ idPrefix, values, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const id = (field: RunField) => runFieldId(idPrefix, field);
  return (
    <>
      <div className="course-form__pair">
        <Textfield
          id={id("startsOn")}
          type="date"
          label={t("courseForm.run.startsOn")}
          value={values.startsOn}
          onChange={(event) => onChange({ startsOn: event.target.value })}
          required
          error={errorFor("startsOn")}
        />
        <Textfield
          id={id("endsOn")}
          type="date"
          label={t("courseForm.run.endsOn")}
          value={values.endsOn}
          min={values.startsOn || undefined}
          onChange={(event) => onChange({ endsOn: event.target.value })}
          required
          error={errorFor("endsOn")}
        />
      </div>
      <Textfield
        id={id("venue")}
        label={t("courseForm.run.venue")}
        description={t("courseForm.run.venueHelp")}
        value={values.venue}
        onChange={(event) => onChange({ venue: event.target.value })}
        error={errorFor("venue")}
      />
      <Textfield
        id={id("videoLink")}
        type="url"
        inputMode="url"
        spellCheck={false}
        autoCapitalize="none"
        label={t("courseForm.run.videoLink")}
        description={t("courseForm.run.videoLinkHelp")}
        value={values.videoLink}
        onChange={(event) => onChange({ videoLink: event.target.value })}
        error={errorFor("videoLink")}
      />
      <div className="course-form__short">
        <Textfield
          id={id("capacity")}
          inputMode="numeric"
          autoComplete="off"
          label={t("courseForm.run.capacity")}
          description={t("courseForm.run.capacityHelp")}
          value={values.capacity}
          onChange={(event) => onChange({ capacity: event.target.value })}
          required
          error={errorFor("capacity")}
        />
      </div>
    </>
  );
}
