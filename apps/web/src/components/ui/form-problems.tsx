import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { errorKeyOf } from "../../lib/api-error.ts";
import { FormErrorSummary, type SummaryItem } from "./form-error-summary.tsx";

type Props = {
  /**
   * Counts the form's submits. The summary or the alert is remounted on each, so that a failure is
   * announced again (and the summary takes focus again) even when it reads the same as the last one.
   */
  attempt: number;
  /** The error summary's heading, e.g. "Rett opp dette før du går videre:". */
  heading: string;
  /** The fields' problems, each linking to its field. */
  items: readonly SummaryItem[];
  /**
   * The last attempt's error, explained in an alert from its problem code when no field has a
   * problem. Leave it out (or null) where the form explains the error itself, e.g. a conflict.
   */
  error?: unknown;
  /** What failed, said before the explanation: "Vi kunne ikke lagre endringene." */
  errorLead?: string;
  /** An explanation of the form's own instead of the error code's message (e.g. how long to wait). */
  errorMessage?: string;
  /** Said after the explanation, e.g. that what was typed is kept. */
  errorNote?: string;
};

/**
 * A form's problems after a failed submit, at the top of the form: the error summary with a link to
 * each field that has one (it moves focus to itself, so it is read out at once), or, when the
 * failure is not about a field, an alert that explains it.
 */
export function FormProblems({ attempt, heading, items, error = null, errorLead, errorMessage, errorNote }: Props) {
  const { t } = useTranslation();
  if (items.length > 0) return <FormErrorSummary key={attempt} heading={heading} items={items} />;
  if (error == null) return null;
  const explanation = errorMessage ?? t(`errors.${errorKeyOf(error)}`);
  const text = [errorLead, explanation, errorNote].filter(Boolean).join(" ");
  return (
    <Alert key={attempt} data-color="danger" role="alert">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
