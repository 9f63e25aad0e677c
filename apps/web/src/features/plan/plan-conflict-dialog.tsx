import { Alert, Button, Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { diffLines } from "@sidestilt/domain/text-diff";
import { useEffect, useId, useRef } from "react";
import { errorKeyOf } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import type { StoredElement } from "./plan-conflict.ts";
import { usePlanLabels } from "./plan-labels.ts";
import { TextDiffView } from "./text-diff-view.tsx";

type Props = {
  open: boolean;
  elementName: string;
  /** What is stored now (from the 412 answer). */
  stored: StoredElement;
  /** What the person typed: never dropped unless they choose "use the saved text". */
  typed: string;
  onKeepMine: () => void;
  onUseSaved: () => void;
  onMerge: () => void;
  /** Back to the editor with the text as typed (Esc, or the button). */
  onClose: () => void;
  keeping: boolean;
  /** An error from "keep my text" other than a new conflict (which just updates `stored`). */
  error: unknown;
};

/**
 * Someone else saved the element while the person wrote. Says who and when, shows the two texts' line
 * diff (each changed line marked in words: "Lagret nå" / "Din tekst"), and offers three ways on, each
 * explained: keep mine (save over it, with the new version), use the saved text, or merge both in the
 * editor. A native modal dialog: focus starts on its heading so that it is read from the top.
 */
export function PlanConflictDialog(props: Props) {
  const { open, elementName, stored, typed } = props;
  const { t, language, role } = usePlanLabels();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const lines = diffLines(stored.content, typed);
  const differs = lines.some((line) => line.op !== "same");

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  return (
    <Dialog
      open={open}
      onClose={props.onClose}
      closeButton={false}
      aria-labelledby={titleId}
      className="plan-conflict-dialog"
    >
      <div className="stack">
        <Heading ref={heading} id={titleId} level={2} data-size="xs" tabIndex={-1} className="section-heading">
          {t("plan.conflict.title", { element: elementName })}
        </Heading>
        <Paragraph>
          {stored.lastEdit
            ? t("plan.conflict.who", {
                name: stored.lastEdit.authorName,
                role: role(stored.lastEdit.authorRole),
                date: formatDateTime(stored.lastEdit.at, language),
              })
            : t("plan.conflict.whoUnknown")}{" "}
          {t("plan.conflict.kept")}
        </Paragraph>
        {differs ? (
          <>
            <Paragraph data-size="sm">{t("plan.conflict.diffIntro")}</Paragraph>
            <TextDiffView
              lines={lines}
              label={t("plan.conflict.diffLabel")}
              markers={{ removed: t("plan.conflict.savedLine"), added: t("plan.conflict.yourLine") }}
            />
          </>
        ) : (
          <Paragraph>{t("plan.conflict.same")}</Paragraph>
        )}
        <dl className="plan-choices">
          <div>
            <dt>{t("plan.conflict.keepMine")}</dt>
            <dd>{t("plan.conflict.keepMineHelp")}</dd>
          </div>
          <div>
            <dt>{t("plan.conflict.merge")}</dt>
            <dd>{t("plan.conflict.mergeHelp")}</dd>
          </div>
          <div>
            <dt>{t("plan.conflict.useSaved")}</dt>
            <dd>{t("plan.conflict.useSavedHelp")}</dd>
          </div>
        </dl>
        {props.error ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>
              {t("plan.conflict.keepError")} {t(`errors.${errorKeyOf(props.error)}`)}
            </Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button
            type="button"
            loading={props.keeping}
            onClick={() => {
              if (!props.keeping) props.onKeepMine();
            }}
          >
            {props.keeping ? t("plan.conflict.keeping") : t("plan.conflict.keepMine")}
          </Button>
          <Button type="button" variant="secondary" disabled={props.keeping} onClick={props.onMerge}>
            {t("plan.conflict.merge")}
          </Button>
          <Button type="button" variant="secondary" disabled={props.keeping} onClick={props.onUseSaved}>
            {t("plan.conflict.useSaved")}
          </Button>
          <Button type="button" variant="tertiary" onClick={props.onClose}>
            {t("plan.conflict.back")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
