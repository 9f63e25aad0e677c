import { AppHeader } from "../layout/app-header.tsx";
import { AppShell } from "../layout/app-shell.tsx";
import { RouteErrorContent } from "./route-error-content.tsx";

/** Error boundary of the root route (e.g. the session could not be loaded): its own shell, no account menu. */
export function RootErrorPage() {
  return (
    <AppShell header={<AppHeader session={null} />}>
      <RouteErrorContent />
    </AppShell>
  );
}
