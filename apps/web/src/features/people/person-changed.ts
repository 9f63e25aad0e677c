import type { Person } from "@sidestilt/domain/person.schema";
import type { QueryClient } from "@tanstack/react-query";
import { personQueryKey } from "./get-person.ts";

/** After a write that answered with the person: cache the answer, and refresh what it affects. */
export function personChanged(queryClient: QueryClient, person: Person): void {
  queryClient.setQueryData(personQueryKey(person.id), person);
  void queryClient.invalidateQueries({ queryKey: ["people", "unit"] });
  // Every write adds an audit row; any cached log or history is out of date now.
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}
