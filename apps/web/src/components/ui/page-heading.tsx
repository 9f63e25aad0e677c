import { Heading } from "@digdir/designsystemet-react";
import { usePageTitle } from "../../lib/use-page-title.ts";

/**
 * The page's one `<h1>`, which also names the page in `document.title` ("<title> – Sidestilt"), so the
 * two can never differ. It takes focus on route changes (see the root layout), hence `tabIndex={-1}`.
 */
export function PageHeading({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} className="page-heading">
      {title}
    </Heading>
  );
}
