// Sidestilt's units are in Norway: calendar dates and times of day are Europe/Oslo's, whatever the
// server's own time zone, and instants are computed from them here.

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function partsOf(instant: number): Record<string, number> {
  return Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
}

/** How far Oslo's clocks are ahead of UTC at this instant, in milliseconds. */
function osloOffset(instant: number): number {
  const parts = partsOf(instant);
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms since the epoch) of a wall-clock time in Oslo on an ISO date. */
export function osloToUtc(date: string, minutesAfterMidnight: number): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const wall = Date.UTC(year, month - 1, day, 0, minutesAfterMidnight);
  // The offset at the wall time read as UTC is right except within an hour of a change; a second
  // pass with the offset at the first guess settles it.
  const guess = wall - osloOffset(wall);
  return wall - osloOffset(guess);
}

/** The calendar date in Oslo at an instant (now by default), as YYYY-MM-DD. */
export function osloDate(instant: Date = new Date()): string {
  const parts = partsOf(instant.getTime());
  const pad = (value: number | undefined, length: number) => String(value ?? 0).padStart(length, "0");
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}
