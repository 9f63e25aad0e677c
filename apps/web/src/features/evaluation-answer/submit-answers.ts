import type { EvaluationAccess } from "@sidestilt/domain/evaluation-collection.schema";
import { answersReceivedSchema } from "@sidestilt/domain/evaluation-collection.schema";
import type { AnswerSet } from "@sidestilt/domain/evaluation-form.schema";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export type AnswersToSubmit = {
  access: EvaluationAccess;
  answers: AnswerSet;
  /** The anonymous link's submission id: the same on every retry of one participant's answers. */
  submissionId: string;
};

/**
 * Sends a participant's answers, anonymously (no CSRF token, no cookies). A personal link's token admits
 * one answer; with the anonymous link's code the submission id does, so that a retry after a lost
 * answer is stored once.
 */
export function submitAnswers({ access, answers, submissionId }: AnswersToSubmit): Promise<{ received: true }> {
  const body = "token" in access ? { token: access.token, answers } : { code: access.code, submissionId, answers };
  return apiRequest("/api/evaluation/answers", answersReceivedSchema, { method: "POST", body, anonymous: true });
}

export function useSubmitAnswers() {
  return useMutation({ mutationFn: submitAnswers });
}
