import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { PlanElement } from "@sidestilt/domain/plan.schema";
import { useId, useState } from "react";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { usePlanRevisions } from "./get-plan-revisions.ts";
import { usePlanLabels } from "./plan-labels.ts";
import { useRestorePlanElement } from "./restore-plan-element.ts";
import { TextDiffView } from "./text-diff-view.tsx";

type Props = { runId: string; element: PlanElement; elementName: string; canEdit: boolean };

/**
 * An element's history, newest first and paged: each version with its author, their role, the run's
 * phase and the time, expandable to its line diff; an earlier version can be restored (as a new
 * version, after asking, with If-Match) by those who may edit.
 */
export function PlanHistory({ runId, element, elementName, canEdit }: Props) {
  const { t, language, role } = usePlanLabels();
  const headingId = useId();
  const idPrefix = useId();
  const history = usePlanRevisions(element.id);
  const restore = useRestorePlanElement();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  // The version asked about stays while the dialog closes, so that its title does not change under it.
  const [restoring, setRestoring] = useState<{ open: boolean; version: number }>({ open: false, version: 0 });
  const [message, setMessage] = useState<string | null>(null);
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];

  function toggle(version: number) {
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(version)) next.delete(version);
      else next.add(version);
      return next;
    });
  }

  function confirmRestore() {
    const { version } = restoring;
    restore.mutate(
      { runId, elementId: element.id, currentVersion: element.version, version },
      {
        onSuccess: (saved) => {
          setRestoring({ open: false, version });
          setMessage(t("plan.history.restored", { version, newVersion: saved.version }));
        },
      },
    );
  }

  const restoreError =
    restore.error instanceof ApiError && restore.error.code === "precondition_failed"
      ? t("plan.history.restoreStale")
      : restore.error
        ? t(`errors.${errorKeyOf(restore.error)}`)
        : null;

  return (
    <section className="plan-panel stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={4} data-size="xs">
        {t("plan.history.heading", { element: elementName })}
      </Heading>
      <Paragraph data-size="sm">{t("plan.history.intro")}</Paragraph>
      <div role="status">{message ? <Paragraph data-size="sm">{message}</Paragraph> : null}</div>
      {history.isPending ? (
        <LoadingStatus label={t("plan.history.loading")} />
      ) : !history.data ? (
        <ErrorAlert
          heading={t("plan.history.loadError")}
          error={history.error}
          onRetry={() => void history.refetch()}
          retryLabel={t("plan.retry")}
          retrying={history.isFetching}
        />
      ) : items.length === 0 ? (
        <Paragraph>{t("plan.history.empty")}</Paragraph>
      ) : (
        <>
          <ol className="plan-revisions">
            {items.map((revision) => {
              const titleId = `${idPrefix}-v${revision.version}`;
              const current = revision.version === element.version;
              const open = expanded.has(revision.version);
              const changed = revision.diff.some((line) => line.op !== "same");
              return (
                <li key={revision.version} className="plan-revision stack plan-tight">
                  <Paragraph className="plan-revision__title" id={titleId}>
                    {current
                      ? t("plan.history.versionCurrent", { version: revision.version })
                      : t("plan.history.version", { version: revision.version })}
                  </Paragraph>
                  <Paragraph data-size="sm">
                    {t("plan.history.by", {
                      name: revision.authorName,
                      role: role(revision.authorRole),
                      phase: t(`enums.phase.${revision.phase}`),
                      date: formatDateTime(revision.createdAt, language),
                    })}
                  </Paragraph>
                  {revision.restoredFrom === null ? null : (
                    <Paragraph data-size="sm" className="plan-revision__restored">
                      {t("plan.history.restoredFrom", { version: revision.restoredFrom })}
                    </Paragraph>
                  )}
                  <div className="button-row">
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      aria-expanded={open}
                      aria-describedby={titleId}
                      onClick={() => toggle(revision.version)}
                    >
                      {t("plan.history.showDiff")}
                    </Button>
                    {canEdit && !current ? (
                      <Button
                        type="button"
                        variant="secondary"
                        data-size="sm"
                        aria-describedby={titleId}
                        onClick={() => {
                          restore.reset();
                          setMessage(null);
                          setRestoring({ open: true, version: revision.version });
                        }}
                      >
                        {t("plan.history.restore")}
                      </Button>
                    ) : null}
                  </div>
                  {open ? (
                    changed ? (
                      <TextDiffView
                        lines={revision.diff}
                        label={t("plan.history.diffLabel", { version: revision.version })}
                        markers={{ added: t("plan.history.added"), removed: t("plan.history.removed") }}
                      />
                    ) : (
                      <Paragraph data-size="sm">{t("plan.history.noChanges")}</Paragraph>
                    )
                  ) : null}
                </li>
              );
            })}
          </ol>
          {history.isFetchNextPageError ? (
            <ErrorAlert
              heading={t("plan.history.loadError")}
              error={history.error}
              onRetry={() => void history.fetchNextPage()}
              retryLabel={t("plan.retry")}
              retrying={history.isFetchingNextPage}
            />
          ) : history.hasNextPage ? (
            <div>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                loading={history.isFetchingNextPage}
                onClick={() => {
                  if (!history.isFetchingNextPage) void history.fetchNextPage();
                }}
              >
                {history.isFetchingNextPage ? t("plan.history.loadingMore") : t("plan.history.loadMore")}
              </Button>
            </div>
          ) : null}
        </>
      )}
      <ConfirmDialog
        open={restoring.open}
        title={t("plan.history.restoreTitle", { version: restoring.version, element: elementName })}
        confirmLabel={t("plan.history.restoreConfirm")}
        pendingLabel={t("plan.history.restoring")}
        cancelLabel={t("plan.history.restoreCancel")}
        pending={restore.isPending}
        onConfirm={confirmRestore}
        onClose={() => setRestoring((asked) => ({ ...asked, open: false }))}
        error={
          restoreError ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>
                {t("plan.history.restoreError")} {restoreError}
              </Paragraph>
            </Alert>
          ) : null
        }
      >
        <Paragraph>{t("plan.history.restoreBody", { version: restoring.version })}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
