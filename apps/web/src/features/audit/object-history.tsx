import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { AuditEvents } from "./audit-events.tsx";
import { type HistoryObjectType, useObjectHistory } from "./get-object-history.ts";

/** "Endringslogg": the change history of one object the viewer may see. */
export function ObjectHistory({ objectType, objectId }: { objectType: HistoryObjectType; objectId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const history = useObjectHistory(objectType, objectId);
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("audit.history.heading")}
      </Heading>
      <Paragraph>{t("audit.history.intro")}</Paragraph>
      {history.isPending ? (
        <LoadingStatus label={t("audit.loading")} />
      ) : !history.data ? (
        <ErrorAlert
          heading={t("audit.history.loadError")}
          error={history.error}
          onRetry={() => void history.refetch()}
          retryLabel={t("audit.retry")}
          retrying={history.isFetching}
        />
      ) : (
        <AuditEvents query={history} caption={t("audit.history.caption")} empty={t("audit.history.empty")} />
      )}
    </section>
  );
}
