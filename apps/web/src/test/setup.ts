import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { dismissFailedSignInsNotice } from "../features/auth/failed-sign-ins-store.ts";
import { i18n, initI18n, loadSignedInTexts } from "../i18n/setup.ts";
import { clearCsrfToken } from "../lib/csrf-token.ts";
import { installDialogPolyfill } from "./dialog-polyfill.ts";

// jsdom lacks the Web Animations API that Designsystemet's Spinner uses to keep spinners in step.
if (typeof document.getAnimations !== "function") {
  document.getAnimations = () => [];
}

installDialogPolyfill();

// The texts load like in the browser (one language, its own module); every test starts with bokmål's.
await initI18n("nb");
// Component tests render signed-in pages without their route loaders, which would load these texts.
await loadSignedInTexts();

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage("nb");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearCsrfToken();
  dismissFailedSignInsNotice();
  document.title = "";
});
