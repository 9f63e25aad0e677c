import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { isClosed, type RunPhase } from "@sidestilt/domain/phase";
import { usePlanLabels } from "./plan-labels.ts";

/**
 * Why the plan cannot be edited here: the run is closed (completed or cancelled: the domain's
 * `isClosed`, the rule the server applies), or the viewer is not in the working group.
 */
export function PlanReadOnlyNotice({ phase }: { phase: RunPhase }) {
  const { t } = usePlanLabels();
  return (
    <Alert data-color="info" className="stack plan-tight">
      <Heading level={3} data-size="2xs">
        {t("plan.readOnly.heading")}
      </Heading>
      <Paragraph>
        {!isClosed(phase)
          ? t("plan.readOnly.notMember")
          : phase === "CANCELLED"
            ? t("plan.readOnly.cancelled")
            : t("plan.readOnly.completed")}
      </Paragraph>
    </Alert>
  );
}
