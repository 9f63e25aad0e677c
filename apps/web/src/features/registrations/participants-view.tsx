import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Registration } from "@sidestilt/domain/registration.schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";
import { useCancelRegistration } from "./cancel-registration.ts";
import { EnrolmentCounts } from "./enrolment-counts.tsx";
import { useEnrolment } from "./get-enrolment.ts";
import { useRegistrations } from "./get-registrations.ts";
import { ParticipantLists } from "./participant-lists.tsx";
import { StaffRegistrationForm } from "./staff-registration-form.tsx";

/**
 * The run's participants tab. Everyone who may see the run sees the counts; course leaders (who see
 * participants) also see the lists with contact details and needs, register referred participants and
 * cancel registrations. User representatives never see a name here.
 */
export function ParticipantsView({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const enrolment = useEnrolment(runId);
  const canSee = enrolment.data?.abilities.canSeeParticipants === true;
  const registrations = useRegistrations(runId, canSee);
  const cancel = useCancelRegistration();
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<Registration | null>(null);

  if (enrolment.isPending) return <LoadingStatus label={t("registrations.loading")} />;
  if (enrolment.isError) {
    return (
      <ErrorAlert
        heading={t("registrations.loadError")}
        error={enrolment.error}
        onRetry={() => void enrolment.refetch()}
        retryLabel={t("registrations.retry")}
        retrying={enrolment.isFetching}
      />
    );
  }
  const summary = enrolment.data;
  const canRegister = summary.abilities.canRegister;

  function registered(registration: Registration) {
    setRegistering(false);
    setNotice(
      registration.status === "WAITING"
        ? t("registrations.register.waiting", { name: registration.name, position: registration.position ?? 1 })
        : t("registrations.register.confirmed", { name: registration.name }),
    );
  }

  return (
    <div className="stack participants">
      <EnrolmentCounts summary={summary} />
      {!canSee ? (
        <Paragraph>{t("registrations.countsOnly")}</Paragraph>
      ) : (
        <section className="stack" aria-labelledby="participants-heading">
          <Heading id="participants-heading" level={2} data-size="sm">
            {t("registrations.list.heading")}
          </Heading>
          <Paragraph>{t("registrations.list.confidential")}</Paragraph>
          {notice ? (
            <Alert data-color="success" role="status">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          ) : null}
          {canRegister && !registering ? (
            <div className="button-row">
              <Button
                type="button"
                onClick={() => {
                  setNotice(null);
                  setRegistering(true);
                }}
              >
                {t("registrations.register.open")}
              </Button>
            </div>
          ) : null}
          {registering ? (
            <StaffRegistrationForm
              runId={runId}
              enrolment={summary.enrolment}
              onRegistered={registered}
              onCancel={() => setRegistering(false)}
            />
          ) : null}
          {registrations.isPending ? (
            <LoadingStatus label={t("registrations.loading")} />
          ) : registrations.isError ? (
            <ErrorAlert
              heading={t("registrations.loadError")}
              error={registrations.error}
              onRetry={() => void registrations.refetch()}
              retryLabel={t("registrations.retry")}
              retrying={registrations.isFetching}
            />
          ) : (
            <ParticipantLists
              list={registrations.data}
              onCancel={
                canRegister
                  ? (registration) => {
                      cancel.reset();
                      setCancelling(registration);
                    }
                  : undefined
              }
            />
          )}
        </section>
      )}
      <ConfirmDialog
        open={cancelling !== null}
        title={t("registrations.cancelDialog.title", { name: cancelling?.name ?? "" })}
        confirmLabel={t("registrations.cancelDialog.confirm")}
        pendingLabel={t("registrations.cancelDialog.pending")}
        cancelLabel={t("registrations.cancelDialog.keep")}
        onConfirm={() => {
          if (!cancelling) return;
          const name = cancelling.name;
          cancel.mutate(
            { runId, registration: cancelling },
            {
              onSuccess: () => {
                setCancelling(null);
                setNotice(t("registrations.cancelDialog.done", { name }));
              },
            },
          );
        }}
        onClose={() => setCancelling(null)}
        pending={cancel.isPending}
        danger
        error={
          cancel.error ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(`errors.${errorKeyOf(cancel.error)}`)}</Paragraph>
            </Alert>
          ) : null
        }
      >
        <Paragraph>
          {cancelling?.status === "WAITING"
            ? t("registrations.cancelDialog.bodyWaiting", { name: cancelling?.name ?? "" })
            : t("registrations.cancelDialog.body", { name: cancelling?.name ?? "" })}
        </Paragraph>
      </ConfirmDialog>
    </div>
  );
}
