import { type Unit, unitSchema } from "@sidestilt/domain/unit.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { unitQueryKey } from "./get-unit.ts";
import { unitsQueryKey } from "./get-units.ts";

type Partnership = { unitId: string; partnerId: string; partners: boolean };

/** Records (`partners: true`) or ends a partnership between two units. */
export async function setPartnership({ unitId, partnerId, partners }: Partnership): Promise<Unit> {
  return apiRequest(`/api/units/${encodeURIComponent(unitId)}/partners/${encodeURIComponent(partnerId)}`, unitSchema, {
    method: partners ? "PUT" : "DELETE",
  });
}

export function useSetPartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPartnership,
    onSuccess: (_unit, { unitId }) => {
      // The answer has no ETag: refetch the unit rather than keep a body without its version.
      void queryClient.invalidateQueries({ queryKey: unitQueryKey(unitId) });
      void queryClient.invalidateQueries({ queryKey: unitsQueryKey });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
