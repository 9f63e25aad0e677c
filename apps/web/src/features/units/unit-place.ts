import type { UnitRef } from "@sidestilt/domain/unit.schema";

/** Where a unit is: "Tromsø, Nord-Norge", or the region alone. */
export function unitPlace(unit: Pick<UnitRef, "municipality" | "region">): string {
  return unit.municipality ? `${unit.municipality}, ${unit.region}` : unit.region;
}
