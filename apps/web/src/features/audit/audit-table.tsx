import { Link, Table } from "@digdir/designsystemet-react";
import type { AuditEvent } from "@sidestilt/domain/audit.schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { ScrollRegion } from "../../components/ui/scroll-region.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { personHref, unitHref } from "../../lib/config/paths.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { auditActionLabel, auditObjectTypeLabel } from "./audit-labels.ts";

function ObjectCell({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.objectType) return <>–</>;
  const label = auditObjectTypeLabel(t, event.objectType);
  const href =
    event.objectId && event.objectType === "person"
      ? personHref(event.objectId)
      : event.objectId && event.objectType === "unit"
        ? unitHref(event.objectId)
        : null;
  if (!href) return <>{label}</>;
  return (
    <Link asChild>
      <RouterLink to={href}>{label}</RouterLink>
    </Link>
  );
}

/** Audit events, newest first: when (Norwegian time), who, what, and on which object. */
export function AuditTable({ events, caption }: { events: readonly AuditEvent[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <Table zebra className="audit-table" data-testid="audit-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("audit.columns.at")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("audit.columns.actor")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("audit.columns.action")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("audit.columns.object")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {events.map((event) => {
            const label = auditActionLabel(t, event.action);
            return (
              <Table.Row key={event.id}>
                <Table.Cell>
                  <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
                </Table.Cell>
                <Table.Cell>{event.actor?.name ?? t("audit.noActor")}</Table.Cell>
                <Table.Cell>
                  {label}
                  {label !== event.action ? (
                    <>
                      <br />
                      <code className="audit-code">{event.action}</code>
                    </>
                  ) : null}
                </Table.Cell>
                <Table.Cell>
                  <ObjectCell event={event} />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
