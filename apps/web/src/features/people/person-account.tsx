import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { passwordResetValidMinutes } from "@sidestilt/domain/account.schema";
import type { Person } from "@sidestilt/domain/person.schema";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { CopyField } from "../../components/ui/copy-field.tsx";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";
import { useCreatePasswordResetLink } from "./create-password-reset-link.ts";
import { useErasePerson } from "./erase-person.ts";
import { useSetPersonActive } from "./set-person-active.ts";

type Dialog = "deactivate" | "erase" | null;

function DialogError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t(`errors.${errorKeyOf(error)}`)}</Paragraph>
    </Alert>
  );
}

/**
 * What a coordinator may do with a person's account, each shown only when the person's abilities
 * (computed by the server) allow it: deactivate or reactivate, a password-reset link, erase.
 */
export function PersonAccount({ person }: { person: Person }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { canDeactivate, canErase } = person.abilities;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState("");
  const setActive = useSetPersonActive();
  const erase = useErasePerson();
  const resetLink = useCreatePasswordResetLink();

  if (person.erased || (!canDeactivate && !canErase)) return null;

  function closeDialog() {
    setDialog(null);
    setActive.reset();
    erase.reset();
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("people.account.heading")}
      </Heading>
      {!person.active ? (
        <Alert data-color="warning">
          <Paragraph>{t("people.account.deactivatedNotice")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph role="status">{status}</Paragraph>

      {canDeactivate ? (
        <div className="stack">
          <Heading level={3} data-size="xs">
            {person.active ? t("people.account.deactivateHeading") : t("people.account.reactivateHeading")}
          </Heading>
          <Paragraph>
            {person.active ? t("people.account.deactivateHelp") : t("people.account.reactivateHelp")}
          </Paragraph>
          {!person.active && setActive.isError ? (
            <ErrorAlert heading={t("people.account.error")} error={setActive.error} />
          ) : null}
          <div>
            {person.active ? (
              <Button type="button" variant="secondary" onClick={() => setDialog("deactivate")}>
                {t("people.account.deactivate")}
              </Button>
            ) : (
              <Button
                type="button"
                variant="secondary"
                loading={setActive.isPending}
                onClick={() => {
                  if (setActive.isPending) return;
                  setStatus("");
                  setActive.mutate(
                    { personId: person.id, active: true },
                    { onSuccess: () => setStatus(t("people.account.reactivated", { name: person.name })) },
                  );
                }}
              >
                {setActive.isPending ? t("people.account.reactivating") : t("people.account.reactivate")}
              </Button>
            )}
          </div>
        </div>
      ) : null}

      {canDeactivate && person.active ? (
        <div className="stack">
          <Heading level={3} data-size="xs">
            {t("people.account.resetLinkHeading")}
          </Heading>
          <Paragraph>{t("people.account.resetLinkHelp")}</Paragraph>
          {resetLink.data ? (
            <>
              <Paragraph>
                {t("people.account.resetLinkInstruction", { name: person.name, minutes: passwordResetValidMinutes })}
              </Paragraph>
              <CopyField
                id="password-reset-link"
                label={t("people.account.resetLinkLabel")}
                value={resetLink.data}
                copyLabel={t("people.account.copy")}
                copiedMessage={t("people.account.copied")}
                copyFailedMessage={t("people.account.copyFailed")}
              />
            </>
          ) : (
            <div>
              <Button
                type="button"
                variant="secondary"
                loading={resetLink.isPending}
                onClick={() => {
                  if (!resetLink.isPending) resetLink.mutate(person.id);
                }}
              >
                {resetLink.isPending ? t("people.account.creatingResetLink") : t("people.account.resetLink")}
              </Button>
            </div>
          )}
          {resetLink.isError ? (
            <ErrorAlert heading={t("people.account.resetLinkError")} error={resetLink.error} />
          ) : null}
        </div>
      ) : null}

      {canErase ? (
        <div className="stack">
          <Heading level={3} data-size="xs">
            {t("people.account.eraseHeading")}
          </Heading>
          <Paragraph>{t("people.account.eraseHelp")}</Paragraph>
          <div>
            <Button type="button" variant="secondary" data-color="danger" onClick={() => setDialog("erase")}>
              {t("people.account.erase")}
            </Button>
          </div>
        </div>
      ) : null}

      <ConfirmDialog
        open={dialog === "deactivate"}
        title={t("people.account.deactivateTitle", { name: person.name })}
        confirmLabel={t("people.account.deactivateConfirm")}
        pendingLabel={t("people.account.deactivating")}
        cancelLabel={t("people.cancel")}
        danger
        pending={setActive.isPending}
        error={setActive.isError ? <DialogError error={setActive.error} /> : null}
        onClose={closeDialog}
        onConfirm={() =>
          setActive.mutate(
            { personId: person.id, active: false },
            {
              onSuccess: () => {
                closeDialog();
                setStatus(t("people.account.deactivated", { name: person.name }));
              },
            },
          )
        }
      >
        <Paragraph>{t("people.account.deactivateBody", { name: person.name })}</Paragraph>
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog === "erase"}
        title={t("people.account.eraseTitle", { name: person.name })}
        confirmLabel={t("people.account.eraseConfirm")}
        pendingLabel={t("people.account.erasing")}
        cancelLabel={t("people.cancel")}
        danger
        pending={erase.isPending}
        error={erase.isError ? <DialogError error={erase.error} /> : null}
        onClose={closeDialog}
        onConfirm={() =>
          erase.mutate(person.id, {
            onSuccess: () => {
              closeDialog();
              setStatus(t("people.account.erased"));
            },
          })
        }
      >
        <Paragraph>{t("people.account.eraseBodyRemoved")}</Paragraph>
        <Paragraph>{t("people.account.eraseBodyAudit")}</Paragraph>
        <Paragraph>
          <strong>{t("people.account.eraseBodyFinal")}</strong>
        </Paragraph>
      </ConfirmDialog>
    </section>
  );
}
