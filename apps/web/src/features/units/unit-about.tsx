import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Unit } from "@sidestilt/domain/unit.schema";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Versioned } from "../../lib/api-client.ts";
import { UnitEditForm } from "./unit-edit-form.tsx";
import { UnitFacts } from "./unit-facts.tsx";

type Props = {
  unit: Versioned<Unit>;
  /** Only a system administrator changes a unit's kind. */
  canChangeKind: boolean;
};

/** "Om enheten": the unit's facts, and an edit form for those who may edit the unit. */
export function UnitAbout({ unit, canChangeKind }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  function stopEditing(saved: boolean) {
    setEditing(false);
    setStatus(saved ? t("units.detail.saved") : "");
    // The form is gone: put focus back where editing started.
    requestAnimationFrame(() => (editButton.current ?? heading.current)?.focus());
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading ref={heading} id={headingId} level={2} data-size="md" tabIndex={-1} className="section-heading">
        {t("units.detail.aboutHeading")}
      </Heading>
      <Paragraph role="status">{status}</Paragraph>
      {editing ? (
        <UnitEditForm
          current={unit}
          kindLocked={!canChangeKind}
          onSaved={() => stopEditing(true)}
          onCancel={() => stopEditing(false)}
        />
      ) : (
        <>
          <UnitFacts unit={unit.data} />
          {unit.data.abilities.canEdit ? (
            <div>
              <Button
                ref={editButton}
                type="button"
                variant="secondary"
                onClick={() => {
                  setStatus("");
                  setEditing(true);
                  requestAnimationFrame(() => document.getElementById("edit-unit-name")?.focus());
                }}
              >
                {t("units.detail.edit")}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
