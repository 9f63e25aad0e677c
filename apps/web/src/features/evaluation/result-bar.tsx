/**
 * A share drawn as a bar: decoration beside the numbers, which are the content (hidden from assistive
 * technology). An SVG whose width is an attribute, not an inline style: the CSP allows no style attributes.
 */
export function ResultBar({ share }: { share: number }) {
  const width = Math.max(0, Math.min(100, Math.round(share * 1000) / 10));
  return (
    <svg className="result-bar" aria-hidden="true" focusable="false" viewBox="0 0 100 4" preserveAspectRatio="none">
      <rect className="result-bar__track" width="100" height="4" />
      <rect className="result-bar__fill" width={width} height="4" />
    </svg>
  );
}
