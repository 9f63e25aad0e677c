import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Role } from "@sidestilt/domain/roles";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { useUnits } from "./get-units.ts";
import { UnitCard } from "./unit-card.tsx";

/** The signed-in person's units; `rolesByUnit` comes from the session (the page composes the two). */
export function UnitList({ rolesByUnit }: { rolesByUnit: ReadonlyMap<string, readonly Role[]> }) {
  const { t } = useTranslation();
  const units = useUnits();

  if (units.isPending) return <LoadingStatus label={t("units.loading")} />;
  if (units.isError) {
    return (
      <ErrorAlert
        heading={t("units.loadError")}
        error={units.error}
        onRetry={() => void units.refetch()}
        retryLabel={t("units.retry")}
        retrying={units.isFetching}
      />
    );
  }
  if (units.data.length === 0) {
    return (
      <Card data-color="neutral" variant="tinted" className="stack">
        <Heading level={2} data-size="sm">
          {t("units.emptyHeading")}
        </Heading>
        <Paragraph>{t("units.emptyBody")}</Paragraph>
      </Card>
    );
  }
  return (
    <ul className="card-list">
      {units.data.map((unit) => (
        <UnitCard key={unit.id} unit={unit} roles={rolesByUnit.get(unit.id) ?? []} />
      ))}
    </ul>
  );
}
