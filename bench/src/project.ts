import { join } from "node:path";

/** The workspace root (bench/src → bench → root). */
export const projectRoot = join(import.meta.dirname, "..", "..");
