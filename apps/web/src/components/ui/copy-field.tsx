import { Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";

type Props = {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  copyFailedMessage: string;
};

/**
 * A read-only text field with a button that copies its value (a link to pass on). Where the clipboard
 * is not available, the text is selected so that the person can copy it themselves.
 */
export function CopyField({ id, label, value, copyLabel, copiedMessage, copyFailedMessage }: Props) {
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const [result, setResult] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult("copied");
    } catch {
      input.current?.focus();
      input.current?.select();
      setResult("failed");
    }
  }

  return (
    <div className="stack copy-field">
      <Textfield
        ref={input}
        id={id}
        label={label}
        value={value}
        readOnly
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div>
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copyLabel}
        </Button>
      </div>
      <Paragraph role="status" data-size="sm">
        {result === "copied" ? copiedMessage : result === "failed" ? copyFailedMessage : ""}
      </Paragraph>
    </div>
  );
}
