/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { designsystemetWebParts } from "./vite-designsystemet-web.ts";
import { precompress } from "./vite-precompress.ts";
import { textPartsPlugin } from "./vite-text-parts.ts";

const designsystemet = /[\\/]node_modules[\\/](@digdir|@u-elements|@floating-ui|@radix-ui|clsx)[\\/]/;
// The command/commandfor polyfill, which only browsers without them load (vite-designsystemet-web.ts).
const invokersPolyfill =
  /[\\/]@digdir[\\/]designsystemet-web[\\/]dist[\\/]esm[\\/](invokers|_vendors[\\/]invokers-polyfill)[\\/]/;

export default defineConfig({
  plugins: [react(), textPartsPlugin(), designsystemetWebParts(), precompress()],
  build: {
    outDir: "dist",
    // Production builds must not rely on inline scripts or styles (the server's CSP forbids them).
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // @digdir/designsystemet-react declares no `sideEffects`, so without this every component
        // (Combobox with floating-ui and a virtualiser, …) ends up in the bundle. Its modules only
        // define components; the custom elements it needs come from @digdir/designsystemet-web,
        // which stays side-effectful and is pulled in by the components that use it (Field, Details:
        // see vite-designsystemet-web.ts).
        moduleSideEffects: [{ test: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
      output: {
        // Named vendor chunks (cacheable across deploys of app code); pages stay their own chunks.
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Only what the first page needs: useQueries, mutation state … follow the pages that use them.
            { name: "query", tags: ["$initial"], test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
            { name: "zod", test: /[\\/]node_modules[\\/]zod[\\/]/ },
            { name: "i18n", test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // Designsystemet's components and the custom elements and behaviours they rely on (narrowed
            // in vite-designsystemet-web.ts), except the polyfill that loads on demand. One chunk for all
            // pages: split by page it becomes many small chunks, which cost more than the few kB of
            // components a page does not use.
            { name: "designsystemet", test: (id) => designsystemet.test(id) && !invokersPolyfill.test(id) },
            // The app's own modules that the first page needs (router, layout, public loaders, API client,
            // the schemas they parse with) in one chunk, instead of a dozen small ones shared with pages.
            { name: "app", tags: ["$initial"], test: /[\\/](apps[\\/]web[\\/]src|packages[\\/]domain)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
  test: {
    name: "web",
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
  },
});
