import { Button, Checkbox } from "@digdir/designsystemet-react";
import type { AttendanceParticipant } from "@sidestilt/domain/attendance.schema";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKeyOf } from "../../lib/api-error.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";
import { newTap, useRecordAttendance } from "./record-attendance.ts";

type Props = {
  runId: string;
  sessionId: string;
  participant: Pick<AttendanceParticipant, "registrationId" | "name" | "role">;
  /** The participant's mark at the session as it stands (pending taps included); null when unmarked. */
  present: boolean | null;
};

/**
 * One participant's row: a large checkbox ("present") that saves each tap at once. While a tap is
 * being saved, and when saving it failed, the box shows what was tapped; the row says "saving",
 * "saved" or "not saved" with the reason and a retry (which sends the tap's Idempotency-Key again).
 */
export function AttendanceToggle({ runId, sessionId, participant, present }: Props) {
  const { t } = useTranslation();
  const record = useRecordAttendance(runId, sessionId, participant.registrationId);
  // A tap shows at once: the mutation's own state reaches the screen a moment later, and a controlled
  // box would meanwhile jump back. Once the save settles, the mutation's state or the saved mark shows.
  const [lastTap, setLastTap] = useState<boolean | null>(null);
  const tapped = record.isPending || record.isError ? record.variables?.present : undefined;
  const shown = tapped ?? lastTap ?? present ?? false;
  const id = `attendance-${sessionId}-${participant.registrationId}`;
  const tap = (value: boolean) => {
    setLastTap(value);
    record.mutate(newTap({ runId, sessionId, registrationId: participant.registrationId, present: value }), {
      onSettled: () => setLastTap(null),
    });
  };

  return (
    <li className="attendance-row">
      <Checkbox
        id={id}
        variant="outline"
        label={participant.name}
        description={t("attendance.row.description", {
          role: t(`attendance.roles.${participant.role}`),
          state: shown ? t("attendance.row.present") : t("attendance.row.notPresent"),
        })}
        checked={shown}
        onChange={(event) => tap(event.target.checked)}
        error={
          // Announced when it appears; the field ties it to the box (aria-describedby, aria-invalid).
          record.isError ? (
            <span role="alert">
              {t("attendance.row.failed", { reason: failureReason(t, record.error, participant.name) })}
            </span>
          ) : undefined
        }
      />
      <div className="attendance-row__save" data-testid="attendance-save-state">
        {record.isPending ? <span>{t("attendance.row.saving")}</span> : null}
        {record.isSuccess ? (
          <span className="attendance-row__saved">
            <span aria-hidden="true">✓ </span>
            {t("attendance.row.saved")}
          </span>
        ) : null}
        {record.isError ? (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-label={t("attendance.row.retryLabel", { name: participant.name })}
            onClick={() => {
              if (record.variables) record.mutate(record.variables);
            }}
          >
            {t("attendance.row.retry")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

/** Why a tap was not saved: the entry's own field error when the API named one, else the problem's. */
function failureReason(t: TFunction, error: unknown, name: string): string {
  const [issue] = apiFieldIssues(error);
  return issue ? fieldErrorMessage(t, issue.code, name) : t(`errors.${errorKeyOf(error)}`);
}

/** A row for those who may see but not record: the name, the role and the mark in words. */
export function AttendanceReadOnlyRow({ participant, present }: Omit<Props, "runId" | "sessionId">) {
  const { t } = useTranslation();
  const state =
    present === null
      ? t("attendance.row.notRecorded")
      : present
        ? t("attendance.row.present")
        : t("attendance.row.notPresent");
  return (
    <li className="attendance-row attendance-row--read-only">
      <span className="attendance-row__name">{participant.name}</span>
      <span>{t("attendance.row.description", { role: t(`attendance.roles.${participant.role}`), state })}</span>
    </li>
  );
}
