import { RouteErrorContent } from "./route-error-content.tsx";

/** Error boundary for pages: renders inside the layout, so the header stays. */
export function RouteErrorPage() {
  return <RouteErrorContent />;
}
