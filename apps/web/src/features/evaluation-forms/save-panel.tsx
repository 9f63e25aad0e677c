import { Button, Paragraph } from "@digdir/designsystemet-react";
import { useFormLabels } from "./form-labels.ts";

type Props = {
  id: string;
  dirty: boolean;
  /** The stored version (0: the bank's defaults, not saved yet). */
  version: number;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
};

/** Below the list: whether there is anything unsaved, in words, and "Lagre skjemaet" (and discarding). */
export function SavePanel({ id, dirty, version, saving, onSave, onDiscard }: Props) {
  const { t } = useFormLabels();
  return (
    <div className="stack evaluation-save-panel">
      <Paragraph>
        {dirty
          ? t("evaluationForm.save.unsaved")
          : version === 0
            ? t("evaluationForm.save.defaultsUnsaved")
            : t("evaluationForm.save.allSaved", { version })}
      </Paragraph>
      <div className="button-row">
        <Button id={id} type="button" loading={saving} onClick={onSave}>
          {saving ? t("evaluationForm.save.saving") : t("evaluationForm.save.save")}
        </Button>
        {dirty ? (
          <Button type="button" variant="secondary" onClick={onDiscard}>
            {t("evaluationForm.save.discard")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
