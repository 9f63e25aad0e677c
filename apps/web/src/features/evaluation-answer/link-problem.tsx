import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api-error.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";

/** The answers that end a visit: the link no longer takes answers, so no form is shown. */
const linkProblems = ["evaluation_token_used", "collection_closed", "evaluation_link_invalid"] as const;
export type LinkProblem = (typeof linkProblems)[number];

/**
 * The link's problem when the API's answer means no answer can be sent with it: used already, the
 * collection closed, or unknown. A 400 on the link alone is a token or code cut short: unknown as well.
 */
export function linkProblemOf(error: unknown): LinkProblem | null {
  if (!(error instanceof ApiError)) return null;
  const code: string = error.code;
  if ((linkProblems as readonly string[]).includes(code)) return code as LinkProblem;
  if (error.status === 400 && !error.problem.errors?.some((issue) => issue.field.startsWith("answers"))) {
    return "evaluation_link_invalid";
  }
  return null;
}

type Props = {
  problem: LinkProblem;
  /** True when this replaces the form the participant was in: focus moves to its heading. */
  focus?: boolean;
};

/**
 * Why this link takes no answers, in plain words. A used personal link is no failure (the participant
 * answered, perhaps on another device), so it thanks them.
 */
export function LinkProblemView({ problem, focus = false }: Props) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focus);
  const color = problem === "evaluation_token_used" ? "success" : problem === "collection_closed" ? "info" : "danger";
  return (
    <Alert data-color={color} className="stack evaluation-notice">
      <Heading ref={headingRef} level={2} data-size="sm" tabIndex={-1} className="section-heading">
        {t(`evaluationAnswer.problem.${problem}`)}
      </Heading>
      <Paragraph>{t(`errors.${problem}`)}</Paragraph>
    </Alert>
  );
}
