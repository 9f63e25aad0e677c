import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import { type EvaluationFormView, evaluationFormSchema } from "@sidestilt/domain/evaluation-forms-api.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, apiSend } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { evaluationFormChanged, evaluationFormStale, formVersionTag } from "./evaluation-form-changed.ts";

type FormRef = { courseId: string; kind: EvaluationFormKind };

const signaturesPath = ({ courseId, kind }: FormRef) =>
  `/api/courses/${encodeURIComponent(courseId)}/evaluation-forms/${encodeURIComponent(kind)}/signatures`;

/**
 * Signs `version`, the saved version the person has read (If-Match); 409 `signature_stale` when
 * someone saved since (the answer's `current.version`).
 */
export async function signEvaluationForm(form: FormRef & { version: number }): Promise<EvaluationFormView> {
  return apiRequest(signaturesPath(form), evaluationFormSchema, {
    method: "POST",
    ifMatch: formVersionTag(form.version),
  });
}

export function useSignEvaluationForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signEvaluationForm,
    onSuccess: (form, { courseId }) => evaluationFormChanged(queryClient, courseId, form),
    onError: (error, { courseId, kind }) => {
      // Someone saved since it was read: load what is current, so the person reads it and signs that.
      if (error instanceof ApiError && error.code === "signature_stale")
        evaluationFormStale(queryClient, courseId, kind);
    },
  });
}

/** Withdraws one's own signature on the current version (nothing to withdraw is fine). */
export async function withdrawEvaluationFormSignature(form: FormRef): Promise<void> {
  await apiSend(`${signaturesPath(form)}/mine`, { method: "DELETE" });
}

export function useWithdrawEvaluationFormSignature() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawEvaluationFormSignature,
    onSuccess: (_nothing, { courseId, kind }) => evaluationFormStale(queryClient, courseId, kind),
  });
}
