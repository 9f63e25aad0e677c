import { ErrorSummary } from "@digdir/designsystemet-react";
import type { MouseEvent } from "react";

export type SummaryItem = { fieldId: string; message: string };

type Props = { heading: string; items: readonly SummaryItem[] };

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/**
 * Lists a form's errors with links to the fields. Designsystemet's `ds-error-summary` moves focus to
 * itself when it appears, so screen readers announce it; remount it (change its `key`) on every
 * failed submit to announce it again.
 */
export function FormErrorSummary({ heading, items }: Props) {
  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading level={2} data-size="xs">
        {heading}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={item.fieldId}>
            <ErrorSummary.Link href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
              {item.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
