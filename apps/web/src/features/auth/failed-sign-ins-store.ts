import { useSyncExternalStore } from "react";

/**
 * The number of failed sign-ins to warn about, set once by a successful sign-in and cleared when the
 * person dismisses the warning or signs out. A one-off UI notice, not server state: the session
 * query keeps the count, but only the sign-in itself should raise the warning.
 */
let count = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function raiseFailedSignInsNotice(failedSignIns: number): void {
  count = failedSignIns;
  emit();
}

export function dismissFailedSignInsNotice(): void {
  if (count === 0) return;
  count = 0;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFailedSignInsNotice(): number {
  return useSyncExternalStore(
    subscribe,
    () => count,
    () => 0,
  );
}
