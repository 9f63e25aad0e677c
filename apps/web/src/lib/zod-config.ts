import { z } from "zod";

/*
 * zod speeds up object parsing with generated code and probes for it with `Function("")` when the
 * first object schema is built. The server's CSP has no 'unsafe-eval', so the probe would make the
 * browser report a CSP violation on every page load. Parse without code generation instead.
 *
 * A side-effect module: main.tsx imports it before any module that builds schemas
 * (everything from @sidestilt/domain), since imports are evaluated in order.
 */
z.config({ jitless: true });
