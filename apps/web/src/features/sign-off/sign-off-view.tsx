import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { RunPhase } from "@sidestilt/domain/phase";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { ChecklistSection } from "./checklist-section.tsx";
import { useSignOff } from "./get-sign-off.ts";
import { SignOffStep } from "./sign-off-step.tsx";

type Props = {
  runId: string;
  /** The signed-in person (to offer withdrawing their own signature). */
  personId: string | undefined;
  /** The course page, where the working group is managed. */
  courseHref: string;
};

/**
 * The sign-off tab: the run's phase and version, each possible next step with its signatures, what is
 * missing and the actions the person may take, then the Standard metode checklist.
 */
export function SignOffView({ runId, personId, courseHref }: Props) {
  const { t } = useTranslation();
  const signOff = useSignOff(runId);
  const [status, setStatus] = useState("");

  function advanced(target: RunPhase) {
    setStatus(t("signOff.advanced", { phase: t(`enums.phase.${target}`) }));
    // The step's section is gone (the run has new steps now): keep the keyboard in this tab.
    document.getElementById("sign-off-heading")?.focus();
  }

  return (
    <section className="stack" aria-labelledby="sign-off-heading">
      <Heading id="sign-off-heading" level={2} data-size="md" tabIndex={-1} className="section-heading">
        {t("signOff.heading")}
      </Heading>
      <div role="status" className="sign-off-status">
        {status ? <Paragraph>{status}</Paragraph> : null}
      </div>
      {signOff.isPending ? (
        <LoadingStatus label={t("signOff.loading")} />
      ) : !signOff.data ? (
        <ErrorAlert
          heading={t("signOff.loadError")}
          error={signOff.error}
          onRetry={() => void signOff.refetch()}
          retryLabel={t("signOff.retry")}
          retrying={signOff.isFetching}
        />
      ) : (
        <>
          <Paragraph>
            {t("signOff.current", { phase: t(`enums.phase.${signOff.data.phase}`), version: signOff.data.version })}
          </Paragraph>
          <Paragraph>{t("signOff.intro")}</Paragraph>
          {signOff.data.steps.length === 0 ? (
            <Paragraph>{t("signOff.closed", { phase: t(`enums.phase.${signOff.data.phase}`) })}</Paragraph>
          ) : (
            signOff.data.steps.map((step) => (
              <SignOffStep
                key={step.target}
                runId={runId}
                step={step}
                version={signOff.data.version}
                personId={personId}
                courseHref={courseHref}
                announce={setStatus}
                onAdvanced={advanced}
              />
            ))
          )}
          <ChecklistSection runId={runId} signOff={signOff.data} />
        </>
      )}
    </section>
  );
}
