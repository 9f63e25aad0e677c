// Must come first: configures zod before any schema is built.
import "./lib/zod-config.ts";
import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@fontsource/inter/700.css";
import "@digdir/designsystemet-css";
import "@digdir/designsystemet-theme/digdir.css";
import "./styles/app.css";
import "./styles/account.css";
import "./styles/catalogue.css";
import "./styles/courses.css";
import "./styles/plan.css";
import "./styles/programme.css";
import "./styles/sign-off.css";
import "./styles/attendance.css";
import "./styles/registrations.css";
import "./styles/evaluation.css";
import "./styles/evaluation-staff.css";
import "./styles/evaluation-form.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { Providers } from "./app/providers.tsx";
import { createAppRouter } from "./app/router.tsx";
import { installSessionExpiry } from "./app/session-expiry.ts";
import { initI18n } from "./i18n/setup.ts";
import { createQueryClient } from "./lib/query-client.ts";

// The language's texts, the session and the first page's chunk load side by side; the first render waits
// for the texts (the router shows its loading state until the route's loaders are done).
const texts = initI18n();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
installSessionExpiry(queryClient, router);
await texts;

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
