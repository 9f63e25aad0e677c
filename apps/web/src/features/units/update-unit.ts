import { type Unit, type UnitChanges, unitSchema } from "@sidestilt/domain/unit.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequestVersioned, type Versioned } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { unitQueryKey } from "./get-unit.ts";
import { unitsQueryKey } from "./get-units.ts";

type UpdateUnit = { unitId: string; etag: string | null; input: UnitChanges };

/** Saves a unit's facts, sending the ETag that was read: 412 when someone else saved in between. */
export async function updateUnit({ unitId, etag, input }: UpdateUnit): Promise<Versioned<Unit>> {
  return apiRequestVersioned(`/api/units/${encodeURIComponent(unitId)}`, unitSchema, {
    method: "PUT",
    body: input,
    ifMatch: etag ?? undefined,
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: (saved, { unitId }) => {
      queryClient.setQueryData(unitQueryKey(unitId), saved);
      void queryClient.invalidateQueries({ queryKey: unitsQueryKey });
      // Every write adds an audit row; any cached log or history is out of date now.
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
    onError: (error, { unitId }) => {
      // Stale: fetch what is saved now (and its ETag), so the form can show it and save over it.
      if (error instanceof ApiError && error.code === "precondition_failed") {
        void queryClient.invalidateQueries({ queryKey: unitQueryKey(unitId) });
      }
    },
  });
}
