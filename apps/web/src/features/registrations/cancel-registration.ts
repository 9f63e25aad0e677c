import { type Registration, registrationSchema } from "@sidestilt/domain/registration.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { registrationsChanged } from "./registrations-changed.ts";

type CancelRequest = { runId: string; registration: Pick<Registration, "id" | "version"> };

/** Staff cancel a registration, sending the version they saw (If-Match): a seat goes to the next in line. */
export function cancelRegistration({ registration }: CancelRequest): Promise<Registration> {
  return apiRequest(`/api/registrations/${encodeURIComponent(registration.id)}/cancel`, registrationSchema, {
    method: "POST",
    ifMatch: `"${registration.version}"`,
  });
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelRegistration,
    onSettled: (_registration, _error, { runId }) => registrationsChanged(queryClient, runId),
  });
}
