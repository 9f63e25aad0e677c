import { type SignUp, type SignUpResult, signUpResultSchema } from "@sidestilt/domain/registration.schema";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";

type SignUpRequest = { runId: string; input: SignUp };

/** Signs up for a run in the catalogue (no sign-in): the answer is the seat or the place in line. */
export function signUp({ runId, input }: SignUpRequest, idempotencyKey?: string): Promise<SignUpResult> {
  return apiRequest(`/api/catalogue/runs/${encodeURIComponent(runId)}/registrations`, signUpResultSchema, {
    method: "POST",
    body: input,
    idempotencyKey,
    reportUnauthenticated: false,
  });
}

/**
 * One Idempotency-Key per submission: sending the same form again after a lost answer reuses it, so the
 * server answers what it did the first time instead of signing the person up twice.
 */
export function useSignUp() {
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (request: SignUpRequest) => signUp(request, keys.keyFor(request)),
    onSettled: (_result, error) => keys.settle(error),
  });
}
