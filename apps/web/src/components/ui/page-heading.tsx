import { Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

/** The page's one `<h1>`. It takes focus on route changes (see the root layout), hence `tabIndex={-1}`. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
