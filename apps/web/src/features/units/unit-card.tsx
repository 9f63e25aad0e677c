import { Card, Heading, Link } from "@digdir/designsystemet-react";
import type { Role } from "@sidestilt/domain/roles";
import type { Unit } from "@sidestilt/domain/unit.schema";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { isLanguage } from "../../i18n/languages.ts";
import { unitHref } from "../../lib/config/paths.ts";
import { formatList } from "../../lib/format.ts";
import { unitPlace } from "./unit-place.ts";

export function UnitCard({ unit, roles }: { unit: Unit; roles: readonly Role[] }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  return (
    <Card asChild data-color="neutral" className="unit-card">
      <li data-testid="unit-card">
        <Heading level={2} data-size="sm">
          <Link asChild>
            <RouterLink to={unitHref(unit.id)}>{unit.name}</RouterLink>
          </Link>
        </Heading>
        <dl className="facts">
          <div className="facts__item">
            <dt>{t("units.kind")}</dt>
            <dd>{t(`enums.unitKind.${unit.kind}`)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t("units.place")}</dt>
            <dd>{unitPlace(unit)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t("units.yourRoles", { count: Math.max(roles.length, 1) })}</dt>
            <dd>
              {roles.length > 0
                ? formatList(
                    roles.map((role) => t(`roles.${role}`)),
                    language,
                  )
                : t("units.noRole")}
            </dd>
          </div>
        </dl>
      </li>
    </Card>
  );
}
