import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { onTestFinished } from "vitest";
import { Providers } from "../app/providers.tsx";
import { createRoutes } from "../app/routes.tsx";
import { installSessionExpiry } from "../app/session-expiry.ts";
import { createQueryClient } from "../lib/query-client.ts";

/** Renders the whole app (real routes, loaders and pages) at `path`, with `fetch` stubbed by the test. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const uninstall = installSessionExpiry(queryClient, router);
  onTestFinished(() => {
    uninstall();
    queryClient.clear();
    router.dispose();
  });
  const user = userEvent.setup();
  const view = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, user, router, queryClient };
}
