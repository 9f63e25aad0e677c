import type { DiffLine } from "@sidestilt/domain/text-diff";

type Props = {
  lines: readonly DiffLine[];
  /** Names the list for screen readers, e.g. "Endringer i versjon 3". */
  label: string;
  /** The visible words that mark a changed line: never colour alone. */
  markers: { added: string; removed: string };
};

/**
 * A line diff: each changed line carries a visible text marker ("Lagt til", "Fjernet") as well as its
 * colour, and an unchanged line none. An empty line keeps its height so that the shape of the text shows.
 */
export function TextDiffView({ lines, label, markers }: Props) {
  return (
    <ol className="text-diff" aria-label={label}>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place; the list is rebuilt, never reordered
        <li key={index} className={`text-diff__line text-diff__line--${line.op}`}>
          {line.op === "same" ? null : (
            <span className="text-diff__marker">
              {markers[line.op]}
              <span className="ds-sr-only">: </span>
            </span>
          )}
          <span className="text-diff__text">{line.text === "" ? "\u00a0" : line.text}</span>
        </li>
      ))}
    </ol>
  );
}
