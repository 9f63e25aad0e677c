import type { Unit } from "@sidestilt/domain/unit.schema";
import { useTranslation } from "react-i18next";

/** A unit's facts as a description list. */
export function UnitFacts({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const notSet = t("units.detail.notSet");
  const facts: [string, string][] = [
    [t("units.kind"), t(`enums.unitKind.${unit.kind}`)],
    [t("units.detail.region"), unit.region],
    [t("units.detail.municipality"), unit.municipality ?? notSet],
    [t("units.detail.contactEmail"), unit.contactEmail ?? notSet],
    [t("units.detail.contactPhone"), unit.contactPhone ?? notSet],
  ];
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label} className="facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
