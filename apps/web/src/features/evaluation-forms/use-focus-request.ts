import { useCallback, useEffect, useState } from "react";

/**
 * Moves focus to an element by id once the change that renders it has been drawn: after a move, an
 * undo or an added option the keyboard stays with the thing the person acted on, and a screen reader
 * reads where they are. Asking for the same id twice focuses it twice.
 */
export function useFocusRequest(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return useCallback((id: string) => setRequest({ id }), []);
}
