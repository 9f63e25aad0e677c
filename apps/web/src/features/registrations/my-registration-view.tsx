import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ParticipantRegistration } from "@sidestilt/domain/registration.schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { errorKeyOf } from "../../lib/api-error.ts";
import { formatDate } from "../../lib/format.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { type LinkAction, useRegistrationAction } from "./my-registration.ts";

type Props = { token: string; registration: ParticipantRegistration };

type Asking = "cancel" | "decline" | null;

/**
 * A participant's registration as their personal link shows it: the course, where they stand (a seat,
 * a place in line, a seat on offer until a time), and what they can do: accept or decline an offer,
 * or cancel. Cancelling asks first, since it gives the seat to the next in line.
 */
export function MyRegistrationView({ token, registration }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const action = useRegistrationAction(token);
  const [asking, setAsking] = useState<Asking>(null);
  const [done, setDone] = useState<LinkAction | null>(null);
  const { status, abilities } = registration;

  function act(chosen: LinkAction) {
    action.mutate(chosen, {
      onSuccess: () => {
        setAsking(null);
        setDone(chosen);
      },
    });
  }

  const statusText = (() => {
    switch (status) {
      case "CONFIRMED":
        return t("registrations.mine.status.CONFIRMED");
      case "WAITING":
        return t("registrations.mine.status.WAITING", { position: registration.position ?? 1 });
      case "OFFERED":
        return t("registrations.mine.status.OFFERED", {
          until: registration.offerExpiresAt ? formatDateTime(registration.offerExpiresAt, language) : "",
        });
      case "EXPIRED":
        return t("registrations.mine.status.EXPIRED");
      case "CANCELLED":
        return t("registrations.mine.status.CANCELLED");
    }
  })();
  const dates =
    registration.startsOn === registration.endsOn
      ? formatDate(registration.startsOn, language)
      : t("registrations.mine.dates", {
          from: formatDate(registration.startsOn, language),
          to: formatDate(registration.endsOn, language),
        });
  const actionError =
    action.error && !asking ? (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(`errors.${errorKeyOf(action.error)}`)}</Paragraph>
      </Alert>
    ) : null;

  return (
    <div className="stack">
      <section className="stack" aria-labelledby="my-registration-course">
        <Heading id="my-registration-course" level={2} data-size="sm">
          {registration.courseTitle}
        </Heading>
        <dl className="registration-facts">
          <div>
            <dt>{t("registrations.mine.name")}</dt>
            <dd>{registration.name}</dd>
          </div>
          <div>
            <dt>{t("registrations.mine.when")}</dt>
            <dd>{dates}</dd>
          </div>
          <div>
            <dt>{t("registrations.mine.where")}</dt>
            <dd>
              {registration.venue ??
                (registration.digital ? t("registrations.mine.digital") : t("registrations.mine.placeLater"))}
              {registration.venue && registration.digital ? ` ${t("registrations.mine.alsoDigital")}` : null}
            </dd>
          </div>
        </dl>
      </section>
      {done ? (
        <Alert data-color="success" role="status">
          <Paragraph>
            {t(done === "cancel" ? "registrations.mine.cancelledNow" : "registrations.mine.acceptedNow")}
          </Paragraph>
        </Alert>
      ) : null}
      <section className="stack" aria-labelledby="my-registration-status">
        <Heading id="my-registration-status" level={2} data-size="xs">
          {t("registrations.mine.statusHeading")}
        </Heading>
        <Paragraph data-size="lg" className="registration-status">
          {statusText}
        </Paragraph>
        {status === "OFFERED" ? <Paragraph>{t("registrations.mine.offerHelp")}</Paragraph> : null}
        {actionError}
        <div className="button-row">
          {abilities.canAcceptOffer ? (
            <Button
              type="button"
              loading={action.isPending && action.variables === "accept-offer"}
              onClick={() => act("accept-offer")}
            >
              {action.isPending && action.variables === "accept-offer"
                ? t("registrations.mine.accepting")
                : t("registrations.mine.accept")}
            </Button>
          ) : null}
          {abilities.canCancel ? (
            <Button
              type="button"
              variant="secondary"
              data-color="danger"
              onClick={() => {
                action.reset();
                setAsking(status === "OFFERED" ? "decline" : "cancel");
              }}
            >
              {status === "OFFERED" ? t("registrations.mine.decline") : t("registrations.mine.cancel")}
            </Button>
          ) : null}
        </div>
      </section>
      <ConfirmDialog
        open={asking !== null}
        title={asking === "decline" ? t("registrations.mine.declineTitle") : t("registrations.mine.cancelTitle")}
        confirmLabel={
          asking === "decline" ? t("registrations.mine.declineConfirm") : t("registrations.mine.cancelConfirm")
        }
        pendingLabel={t("registrations.mine.cancelling")}
        cancelLabel={asking === "decline" ? t("registrations.mine.declineKeep") : t("registrations.mine.cancelKeep")}
        onConfirm={() => act("cancel")}
        onClose={() => setAsking(null)}
        pending={action.isPending}
        danger
        error={
          action.error && asking ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(`errors.${errorKeyOf(action.error)}`)}</Paragraph>
            </Alert>
          ) : null
        }
      >
        <Paragraph>
          {asking === "decline" ? t("registrations.mine.declineBody") : t("registrations.mine.cancelBody")}
        </Paragraph>
      </ConfirmDialog>
    </div>
  );
}
