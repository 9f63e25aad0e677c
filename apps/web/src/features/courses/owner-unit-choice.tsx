import { Checkbox, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "./choice-group.tsx";

/** A unit that may own the new course: one the viewer coordinates, or a partner of one of those. */
export type OwnerOption = { id: string; name: string; coordinated: boolean; partnerOf: readonly string[] };

type Props = {
  idPrefix: string;
  options: readonly OwnerOption[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string | undefined;
  /** The partner units are still on their way (the viewer's own units are known from the session). */
  partnersPending: boolean;
  partnersFailed: boolean;
};

export const ownerOptionId = (idPrefix: string, unitId: string) => `${idPrefix}-owner-${unitId}`;

/** Checkboxes for the course's owner units: the viewer's coordinated units first, then their partners. */
export function OwnerUnitChoice({
  idPrefix,
  options,
  chosen,
  onChange,
  error,
  partnersPending,
  partnersFailed,
}: Props) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup legend={t("courseForm.owners.legend")} description={t("courseForm.owners.help")} error={error}>
      {options.map((option) => (
        <Checkbox
          key={option.id}
          id={ownerOptionId(idPrefix, option.id)}
          value={option.id}
          label={option.name}
          description={
            option.coordinated
              ? t("courseForm.owners.yours")
              : t("courseForm.owners.partnerOf", { units: option.partnerOf.join(", ") })
          }
          checked={chosen.includes(option.id)}
          onChange={(event) => {
            const next = event.target.checked
              ? [...chosen, option.id]
              : chosen.filter((candidate) => candidate !== option.id);
            // In the order of the options, so the request does not depend on the order of clicks.
            onChange(options.map((candidate) => candidate.id).filter((candidate) => next.includes(candidate)));
          }}
        />
      ))}
      {partnersPending ? <Paragraph data-size="sm">{t("courseForm.owners.partnersLoading")}</Paragraph> : null}
      {partnersFailed ? <Paragraph data-size="sm">{t("courseForm.owners.partnersFailed")}</Paragraph> : null}
    </ChoiceGroup>
  );
}
