import { type Registration, registrationSchema, type StaffRegistration } from "@sidestilt/domain/registration.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { registrationsChanged } from "./registrations-changed.ts";

type RegisterRequest = { runId: string; input: StaffRegistration };

/** Staff register a referred participant (or one who called in): a seat or the waiting list. */
export function registerParticipant({ runId, input }: RegisterRequest, idempotencyKey?: string): Promise<Registration> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/registrations`, registrationSchema, {
    method: "POST",
    body: input,
    idempotencyKey,
  });
}

export function useRegisterParticipant() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (request: RegisterRequest) => registerParticipant(request, keys.keyFor(request)),
    onSettled: (_registration, error, { runId }) => {
      keys.settle(error);
      registrationsChanged(queryClient, runId);
    },
  });
}
