import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import type { EvaluationForms, EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import type { QueryClient } from "@tanstack/react-query";
import { evaluationFormRevisionsQueryKey } from "./get-evaluation-form-revisions.ts";
import { evaluationFormsQueryKey } from "./get-evaluation-forms.ts";

/** The ETag of a form's version, as the API sends it and expects it back in If-Match ("0" before the first save). */
export const formVersionTag = (version: number): string => `"${version}"`;

/**
 * After an answer that carries the form as it is now (a save, a signature, or a 412's `current`): put it
 * in the cached list at once, and refresh what it changes elsewhere: the form's history, the runs'
 * evaluation tabs (which version a collection may use), and the audit log.
 */
export function evaluationFormChanged(queryClient: QueryClient, courseId: string, form: EvaluationFormView): void {
  queryClient.setQueryData<EvaluationForms>(evaluationFormsQueryKey(courseId), (forms) =>
    forms
      ? { ...forms, forms: forms.forms.map((candidate) => (candidate.kind === form.kind ? form : candidate)) }
      : forms,
  );
  void queryClient.invalidateQueries({ queryKey: evaluationFormsQueryKey(courseId) });
  void queryClient.invalidateQueries({ queryKey: evaluationFormRevisionsQueryKey(courseId, form.kind) });
  void queryClient.invalidateQueries({ queryKey: ["runs", "evaluation"] });
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}

/** After a change whose answer has no form (a withdrawn signature, a stale signature): read it again. */
export function evaluationFormStale(queryClient: QueryClient, courseId: string, kind: EvaluationFormKind): void {
  void queryClient.invalidateQueries({ queryKey: evaluationFormsQueryKey(courseId) });
  void queryClient.invalidateQueries({ queryKey: evaluationFormRevisionsQueryKey(courseId, kind) });
  void queryClient.invalidateQueries({ queryKey: ["runs", "evaluation"] });
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}
