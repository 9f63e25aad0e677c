import { type Editors, editorsSchema, presenceHeartbeatSeconds } from "@sidestilt/domain/presence.schema";
import { useEffect, useState } from "react";
import { apiRequest, apiSend } from "../../lib/api-client.ts";

const presencePath = (elementId: string) => `/api/plan-elements/${encodeURIComponent(elementId)}/presence`;

/**
 * While an element's editor is open, tells the server so every few seconds and answers who else has
 * the same element open right now. A failed heartbeat only means nobody is shown; closing the editor
 * says goodbye (and a closed tab is forgotten once its heartbeats stop).
 */
export function useEditingPresence(elementId: string): Editors["editors"] {
  const [editors, setEditors] = useState<Editors["editors"]>([]);
  useEffect(() => {
    let active = true;
    const beat = () => {
      apiRequest(presencePath(elementId), editorsSchema, { method: "PUT", reportUnauthenticated: false })
        .then((answer) => {
          if (active) setEditors(answer.editors);
        })
        .catch(() => {
          if (active) setEditors([]);
        });
    };
    beat();
    const timer = setInterval(beat, presenceHeartbeatSeconds * 1000);
    return () => {
      active = false;
      clearInterval(timer);
      void apiSend(presencePath(elementId), { method: "DELETE", reportUnauthenticated: false }).catch(() => {});
    };
  }, [elementId]);
  return editors;
}
