import { Paragraph, Spinner } from "@digdir/designsystemet-react";

/** A spinner with a visible text, announced politely by screen readers. */
export function LoadingStatus({ label }: { label: string }) {
  return (
    <Paragraph role="status" className="loading-status">
      <Spinner aria-hidden data-size="sm" />
      <span>{label}</span>
    </Paragraph>
  );
}
