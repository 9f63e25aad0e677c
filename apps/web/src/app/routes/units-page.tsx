import { Paragraph } from "@digdir/designsystemet-react";
import type { Role } from "@sidestilt/domain/roles";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useSession } from "../../features/auth/get-session.ts";
import { CreateUnitSection } from "../../features/units/create-unit-section.tsx";
import { UnitList } from "../../features/units/unit-list.tsx";

export function UnitsPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  // The viewer's roles per unit come with the session; the unit list itself carries no roles.
  const rolesByUnit = useMemo(() => {
    const roles = new Map<string, Role[]>();
    for (const membership of session?.memberships ?? []) {
      roles.set(membership.unitId, [...(roles.get(membership.unitId) ?? []), membership.role]);
    }
    return roles;
  }, [session]);

  return (
    <div className="stack">
      <PageHeading title={t("units.title")} />
      <Paragraph>{t("units.intro")}</Paragraph>
      <UnitList rolesByUnit={rolesByUnit} />
      {session?.person.isSystemAdmin ? <CreateUnitSection /> : null}
    </div>
  );
}
