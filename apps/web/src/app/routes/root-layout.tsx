import { Outlet } from "react-router";
import { useSession } from "../../features/auth/get-session.ts";
import { AppHeader } from "../layout/app-header.tsx";
import { AppShell } from "../layout/app-shell.tsx";

export function RootLayout() {
  const session = useSession().data;
  return (
    <AppShell header={<AppHeader session={session} />}>
      <Outlet />
    </AppShell>
  );
}
