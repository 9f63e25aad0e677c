import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { SignUpResult } from "@sidestilt/domain/registration.schema";
import { useTranslation } from "react-i18next";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";

type Props = { result: SignUpResult; courseTitle: string; emailGiven: boolean };

/** The answer to a sign-up, said plainly: a seat, or the place on the waiting list, and what comes next. */
export function SignUpDone({ result, courseTitle, emailGiven }: Props) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const waiting = result.status === "WAITING";
  return (
    <Alert data-color={waiting ? "info" : "success"} className="stack sign-up-done">
      <Heading ref={headingRef} level={2} data-size="sm" tabIndex={-1} className="section-heading">
        {waiting ? t("registrations.done.waitingHeading") : t("registrations.done.confirmedHeading")}
      </Heading>
      <Paragraph>
        {waiting
          ? t("registrations.done.waiting", { course: courseTitle, position: result.position ?? 1 })
          : t("registrations.done.confirmed", { course: courseTitle })}
      </Paragraph>
      {waiting ? <Paragraph>{t("registrations.done.waitingNext")}</Paragraph> : null}
      <Paragraph>{emailGiven ? t("registrations.done.emailComing") : t("registrations.done.noEmail")}</Paragraph>
    </Alert>
  );
}
