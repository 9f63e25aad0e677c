import { type Unit, type UnitChanges, unitSchema } from "@sidestilt/domain/unit.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/** Creates a unit (system administrators). */
export async function createUnit(input: UnitChanges): Promise<Unit> {
  return apiRequest("/api/units", unitSchema, { method: "POST", body: input });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["units"] }),
  });
}
