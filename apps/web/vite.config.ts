/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    // Production builds must not rely on inline scripts or styles (the server's CSP forbids them).
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // @digdir/designsystemet-react declares no `sideEffects`, so without this every component
        // (Combobox with floating-ui and a virtualiser, …) ends up in the bundle. Its modules only
        // define components; the custom elements it needs come from @digdir/designsystemet-web,
        // which stays side-effectful and is pulled in by the components that use it (Field).
        moduleSideEffects: [{ test: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
      output: {
        // Named vendor chunks (cacheable across deploys of app code); pages stay their own chunks.
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: "query", test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
            { name: "zod", test: /[\\/]node_modules[\\/]zod[\\/]/ },
            { name: "i18n", test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // The custom elements (ds-field, ds-error-summary …) and the polyfills they bring.
            {
              name: "designsystemet-web",
              test: /[\\/]node_modules[\\/](@digdir[\\/]designsystemet-web|@u-elements|@floating-ui)[\\/]/,
            },
            { name: "designsystemet", test: /[\\/]node_modules[\\/](@digdir|@radix-ui|clsx)[\\/]/ },
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
