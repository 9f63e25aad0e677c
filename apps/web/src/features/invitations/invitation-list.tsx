import { Alert, Button, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Invitation, InvitationStatus } from "@sidestilt/domain/invitation.schema";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { errorKeyOf } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { useInvitations } from "./get-invitations.ts";
import { useRevokeInvitation } from "./revoke-invitation.ts";

const statusColors: Record<InvitationStatus, "info" | "success" | "neutral" | "warning"> = {
  PENDING: "info",
  ACCEPTED: "success",
  EXPIRED: "neutral",
  REVOKED: "warning",
};

function roleText(t: TFunction, invitation: Invitation): string {
  const role = t(`roles.${invitation.role}`);
  if (invitation.profession) return t("people.roleWithProfession", { role, profession: invitation.profession });
  if (invitation.represents) return t("people.roleRepresenting", { role, organisation: invitation.represents.name });
  return role;
}

/** A unit's invitations, newest first as the server sends them; pending ones can be revoked. */
export function InvitationList({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const invitations = useInvitations(unitId);
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [status, setStatus] = useState("");

  function close() {
    setRevoking(null);
    revoke.reset();
  }

  if (invitations.isPending) return <LoadingStatus label={t("invitations.loading")} />;
  if (invitations.isError) {
    return (
      <ErrorAlert
        heading={t("invitations.loadError")}
        error={invitations.error}
        onRetry={() => void invitations.refetch()}
        retryLabel={t("invitations.retry")}
        retrying={invitations.isFetching}
      />
    );
  }

  return (
    <div className="stack">
      <Paragraph role="status">{status}</Paragraph>
      {invitations.data.length === 0 ? (
        <Paragraph>{t("invitations.empty")}</Paragraph>
      ) : (
        <ul className="card-list">
          {invitations.data.map((invitation) => (
            <li key={invitation.id} className="person-item" data-testid="invitation-item">
              <div className="person-item__head">
                <strong>{invitation.name}</strong>
                <Tag data-color={statusColors[invitation.status]}>{t(`invitations.status.${invitation.status}`)}</Tag>
              </div>
              <dl className="facts facts--compact">
                <div className="facts__item">
                  <dt>{t("invitations.email")}</dt>
                  <dd>{invitation.email}</dd>
                </div>
                <div className="facts__item">
                  <dt>{t("invitations.role")}</dt>
                  <dd>{roleText(t, invitation)}</dd>
                </div>
                <div className="facts__item">
                  <dt>{t("invitations.invitedBy")}</dt>
                  <dd>
                    {invitation.invitedBy.name}, {formatDateTime(invitation.createdAt, language)}
                  </dd>
                </div>
                <div className="facts__item">
                  <dt>{t("invitations.delivery")}</dt>
                  <dd>{invitation.emailed ? t("invitations.emailed") : t("invitations.linkPassedOn")}</dd>
                </div>
                {invitation.status === "PENDING" ? (
                  <div className="facts__item">
                    <dt>{t("invitations.expires")}</dt>
                    <dd>{formatDateTime(invitation.expiresAt, language)}</dd>
                  </div>
                ) : null}
              </dl>
              {invitation.status === "PENDING" ? (
                <div>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    aria-label={t("invitations.revokeLabel", { name: invitation.name })}
                    onClick={() => {
                      setStatus("");
                      setRevoking(invitation);
                    }}
                  >
                    {t("invitations.revoke")}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t("invitations.revokeTitle", { name: revoking?.name ?? "" })}
        confirmLabel={t("invitations.revokeConfirm")}
        pendingLabel={t("invitations.revoking")}
        cancelLabel={t("invitations.cancel")}
        danger
        pending={revoke.isPending}
        error={
          revoke.isError ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(`errors.${errorKeyOf(revoke.error)}`)}</Paragraph>
            </Alert>
          ) : null
        }
        onClose={close}
        onConfirm={() => {
          if (!revoking) return;
          const name = revoking.name;
          revoke.mutate(
            { invitationId: revoking.id, unitId },
            {
              onSuccess: () => {
                close();
                setStatus(t("invitations.revoked", { name }));
              },
            },
          );
        }}
      >
        <Paragraph>{t("invitations.revokeBody")}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}
