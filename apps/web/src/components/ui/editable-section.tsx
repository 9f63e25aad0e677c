import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { type ReactNode, useId, useRef, useState } from "react";

type Props = {
  heading: string;
  editLabel: string;
  /** Announced after a save. */
  savedMessage: string;
  canEdit: boolean;
  /** The form's first field, which takes focus when editing starts. */
  firstFieldId: string;
  /** What the section shows while not editing. */
  facts: ReactNode;
  /** The edit form; it calls back when saved or cancelled. */
  form: (done: { onSaved: () => void; onCancel: () => void }) => ReactNode;
};

/**
 * A section that shows an object's facts and, for those who may, edits them in place: focus moves into
 * the form, and back to the edit button (or the heading) when the form closes; a save is announced.
 */
export function EditableSection({ heading, editLabel, savedMessage, canEdit, firstFieldId, facts, form }: Props) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  function stopEditing(saved: boolean) {
    setEditing(false);
    setStatus(saved ? savedMessage : "");
    // The form is gone: put focus back where editing started.
    requestAnimationFrame(() => (editButton.current ?? headingRef.current)?.focus());
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading ref={headingRef} id={headingId} level={2} data-size="md" tabIndex={-1} className="section-heading">
        {heading}
      </Heading>
      <Paragraph role="status">{status}</Paragraph>
      {editing ? (
        form({ onSaved: () => stopEditing(true), onCancel: () => stopEditing(false) })
      ) : (
        <>
          {facts}
          {canEdit ? (
            <div>
              <Button
                ref={editButton}
                type="button"
                variant="secondary"
                onClick={() => {
                  setStatus("");
                  setEditing(true);
                  requestAnimationFrame(() => document.getElementById(firstFieldId)?.focus());
                }}
              >
                {editLabel}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
