import { useState } from "react";
import { apiFieldIssues, type FormIssue } from "./form-issues.ts";

/**
 * A form's field issues: those found before sending (UI state) or, when the values passed, those
 * the server answered with (read from the mutation's error, not copied). `attempt` counts submits,
 * to remount the error summary so that it is announced again.
 */
export function useFormIssues(fields: readonly string[], serverError: unknown) {
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const all = clientIssues.length > 0 ? clientIssues : apiFieldIssues(serverError);
  const issues = all.filter((issue) => fields.includes(issue.field));
  return {
    issues,
    attempt,
    issueFor: (field: string): FormIssue | undefined => issues.find((issue) => issue.field === field),
    /** Records a submit and what the check before sending found (nothing when the values passed). */
    submitted(found: FormIssue[]) {
      setAttempt((count) => count + 1);
      setClientIssues(found);
    },
    clear() {
      setClientIssues([]);
    },
  };
}
