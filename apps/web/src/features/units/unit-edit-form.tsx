import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Unit } from "@sidestilt/domain/unit.schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Versioned } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { type UnitField, UnitForm, type UnitFormValues } from "./unit-form.tsx";
import { useUpdateUnit } from "./update-unit.ts";

export function unitFormValues(unit: Unit): UnitFormValues {
  return {
    kind: unit.kind,
    name: unit.name,
    region: unit.region,
    municipality: unit.municipality ?? "",
    contactEmail: unit.contactEmail ?? "",
    contactPhone: unit.contactPhone ?? "",
  };
}

type Props = {
  /** The unit as cached now (refetched after a conflict) with its ETag. */
  current: Versioned<Unit>;
  kindLocked: boolean;
  onSaved: () => void;
  onCancel: () => void;
};

/**
 * Edits a unit. The ETag of the version the editing started from goes with the save, so a change
 * someone else saved meanwhile is never overwritten unseen: on 412 the form keeps what the person
 * typed, shows what is saved now, and a second save (with the new ETag) replaces it knowingly.
 */
export function UnitEditForm({ current, kindLocked, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const updateUnit = useUpdateUnit();
  // The version this draft is based on: taken when editing starts, moved on only after a conflict was shown.
  const [baseEtag, setBaseEtag] = useState(current.etag);
  const [submitted, setSubmitted] = useState<UnitFormValues | null>(null);
  const conflict = updateUnit.error instanceof ApiError && updateUnit.error.code === "precondition_failed";
  const saved = unitFormValues(current.data);
  const labels: Record<UnitField, string> = {
    kind: t("units.fields.kind"),
    name: t("units.fields.name"),
    region: t("units.fields.region"),
    municipality: t("units.fields.municipality"),
    contactEmail: t("units.fields.contactEmail"),
    contactPhone: t("units.fields.contactPhone"),
  };
  const shown = (field: UnitField, value: string) =>
    field === "kind" && value ? t(`enums.unitKind.${value as Unit["kind"]}`) : value || t("units.detail.notSet");
  const differences = submitted
    ? (Object.keys(saved) as UnitField[]).filter((field) => saved[field] !== submitted[field])
    : [];
  // After a conflict the person has been shown what is saved now; saving again replaces that version.
  const refreshed = conflict && current.etag !== baseEtag;

  return (
    <UnitForm
      idPrefix="edit-unit"
      initial={saved}
      kindLocked={kindLocked}
      submitLabel={refreshed ? t("units.detail.saveAnyway") : t("units.detail.save")}
      pendingLabel={t("units.detail.saving")}
      pending={updateUnit.isPending}
      error={updateUnit.error}
      errorHeading={t("units.detail.saveError")}
      showErrorAlert={!conflict}
      notice={
        conflict ? (
          <Alert data-color="warning" role="alert" className="stack">
            <Heading level={3} data-size="xs">
              {t("units.detail.conflictHeading")}
            </Heading>
            <Paragraph>{t("units.detail.conflictKept")}</Paragraph>
            {refreshed && differences.length > 0 ? (
              <>
                <Paragraph>{t("units.detail.conflictSavedNow")}</Paragraph>
                <dl className="facts">
                  {differences.map((field) => (
                    <div key={field} className="facts__item">
                      <dt>{labels[field]}</dt>
                      <dd>{shown(field, saved[field])}</dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
            <Paragraph>{t("units.detail.conflictAdvice")}</Paragraph>
          </Alert>
        ) : null
      }
      actions={
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("units.detail.cancel")}
        </Button>
      }
      onSubmit={(input, values) => {
        setSubmitted(values);
        const etag = refreshed ? current.etag : baseEtag;
        if (refreshed) setBaseEtag(current.etag);
        updateUnit.mutate({ unitId: current.data.id, etag, input }, { onSuccess: onSaved });
      }}
    />
  );
}
