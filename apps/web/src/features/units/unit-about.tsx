import type { Unit } from "@sidestilt/domain/unit.schema";
import { useTranslation } from "react-i18next";
import { EditableSection } from "../../components/ui/editable-section.tsx";
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
  return (
    <EditableSection
      heading={t("units.detail.aboutHeading")}
      editLabel={t("units.detail.edit")}
      savedMessage={t("units.detail.saved")}
      canEdit={unit.data.abilities.canEdit}
      firstFieldId="edit-unit-name"
      facts={<UnitFacts unit={unit.data} />}
      form={({ onSaved, onCancel }) => (
        <UnitEditForm current={unit} kindLocked={!canChangeKind} onSaved={onSaved} onCancel={onCancel} />
      )}
    />
  );
}
