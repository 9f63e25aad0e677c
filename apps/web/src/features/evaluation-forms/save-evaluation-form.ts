import type { EvaluationFormKind, Question } from "@sidestilt/domain/evaluation-form.schema";
import { type EvaluationFormView, evaluationFormSchema } from "@sidestilt/domain/evaluation-forms-api.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { evaluationFormChanged, formVersionTag } from "./evaluation-form-changed.ts";
import { storedFormOf } from "./form-conflict.ts";

export type SaveEvaluationForm = {
  courseId: string;
  kind: EvaluationFormKind;
  /** The version the questions were edited from (0 before the first save): 412 when someone saved since. */
  version: number;
  /** The whole list: the form is one document, saved as a new version. */
  questions: Question[];
};

/** Saves the form's questions as its next version, with If-Match; every working-group member may. */
export async function saveEvaluationForm({
  courseId,
  kind,
  version,
  questions,
}: SaveEvaluationForm): Promise<EvaluationFormView> {
  const path = `/api/courses/${encodeURIComponent(courseId)}/evaluation-forms/${encodeURIComponent(kind)}`;
  return apiRequest(path, evaluationFormSchema, {
    method: "PUT",
    body: { questions },
    ifMatch: formVersionTag(version),
  });
}

export function useSaveEvaluationForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEvaluationForm,
    onSuccess: (form, { courseId }) => evaluationFormChanged(queryClient, courseId, form),
    onError: (error, { courseId }) => {
      // Someone else saved first: the answer carries the form as stored now, shown at once.
      const stored = storedFormOf(error);
      if (stored) evaluationFormChanged(queryClient, courseId, stored);
    },
  });
}
