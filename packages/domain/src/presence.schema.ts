import { z } from "zod";
import { roleSchema } from "./roles.ts";

/** How often an open editor tells the server it is still open, and when silence means it was closed. */
export const presenceHeartbeatSeconds = 15;
export const presenceStaleSeconds = 45;

/** The other people who have the same plan element open for editing right now. */
export const editorsSchema = z
  .object({ editors: z.array(z.object({ personId: z.uuid(), name: z.string(), role: roleSchema })) })
  .meta({ id: "Editors" });
export type Editors = z.infer<typeof editorsSchema>;
