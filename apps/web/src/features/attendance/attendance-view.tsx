import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { AttendanceFigures } from "./attendance-figures.tsx";
import { AttendanceRecorder } from "./attendance-recorder.tsx";
import { useAttendanceSummary } from "./get-attendance.ts";

/**
 * The attendance tab. Course leaders (`abilities.canSeeParticipants`) get the list to record on;
 * everyone else who may see the run, user representatives among them, gets the figures only.
 */
export function AttendanceView({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const summary = useAttendanceSummary(runId);
  const leader = summary.data?.abilities.canSeeParticipants ?? false;

  return (
    <section className="stack" aria-labelledby="attendance-heading">
      <Heading id="attendance-heading" level={2} data-size="md">
        {t("attendance.heading")}
      </Heading>
      {summary.isPending ? (
        <LoadingStatus label={t("attendance.loading")} />
      ) : !summary.data ? (
        <ErrorAlert
          heading={t("attendance.loadError")}
          error={summary.error}
          onRetry={() => void summary.refetch()}
          retryLabel={t("attendance.retry")}
          retrying={summary.isFetching}
        />
      ) : leader ? (
        <AttendanceRecorder runId={runId} />
      ) : (
        <>
          <Paragraph data-testid="attendance-figures-only">{t("attendance.figuresOnly")}</Paragraph>
          <AttendanceFigures summary={summary.data} />
        </>
      )}
    </section>
  );
}
