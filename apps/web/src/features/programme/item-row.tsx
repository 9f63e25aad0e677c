import { Button, Paragraph, Tag, ValidationMessage } from "@digdir/designsystemet-react";
import type { ProgrammeItem } from "@sidestilt/domain/programme.schema";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages.ts";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { formatDuration } from "../../lib/format.ts";
import { presentersText } from "./programme-format.ts";
import { useUpdateItem } from "./update-item.ts";

/** The id of an item's edit button, to give focus back to it when its form closes. */
export const itemEditButtonId = (itemId: string): string => `item-${itemId}-edit`;

type Props = {
  runId: string;
  item: ProgrammeItem;
  /** How many items the session has (the last one cannot move down). */
  count: number;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
  announce: (message: string) => void;
};

/**
 * One item of a session: kind, title, length and presenters with their roles. With `canEdit`: move up
 * and down (a PUT with the new position and the item's version), edit and delete. The move buttons
 * stay in place at the ends (aria-disabled, not disabled), so that keyboard focus is never lost.
 */
export function ItemRow({ runId, item, count, canEdit, onEdit, onDelete, announce }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const move = useUpdateItem();
  const first = item.position <= 1;
  const last = item.position >= count;

  function moveTo(position: number) {
    if (move.isPending) return;
    const { kind, title, minutes, presenters } = item;
    move.mutate(
      {
        runId,
        itemId: item.id,
        version: item.version,
        input: { kind, title, minutes, presenterIds: presenters.map((presenter) => presenter.personId), position },
      },
      { onSuccess: () => announce(t("programme.item.moved", { title, position, count })) },
    );
  }

  // The buttons' visible words, plus the item's title for screen readers ("Flytt opp «Velkommen»").
  const context = (
    <>
      {" "}
      <span className="ds-sr-only">{t("programme.item.context", { title: item.title })}</span>
    </>
  );
  const moveError = move.error
    ? move.error instanceof ApiError && move.error.code === "precondition_failed"
      ? t("programme.item.moveConflict")
      : t(`errors.${errorKeyOf(move.error)}`)
    : null;

  return (
    <li className={item.kind === "BREAK" ? "programme-item programme-item--break" : "programme-item"}>
      <div className="programme-item__body">
        <Paragraph className="programme-item__title">
          <Tag data-color={item.kind === "USER_STORY" ? "success" : "neutral"} data-size="sm">
            {t(`programme.kinds.${item.kind}`)}
          </Tag>{" "}
          <strong>{item.title}</strong>{" "}
          <span className="programme-item__minutes">({formatDuration(t, item.minutes)})</span>
        </Paragraph>
        {item.kind !== "BREAK" || item.presenters.length > 0 ? (
          <Paragraph data-size="sm">
            {item.presenters.length > 0
              ? t("programme.item.presentedBy", { names: presentersText(t, item.presenters, language) })
              : t("programme.item.noPresenters")}
          </Paragraph>
        ) : null}
      </div>
      {canEdit ? (
        <div className="button-row programme-item__actions">
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-disabled={first || undefined}
            onClick={() => {
              if (!first) moveTo(item.position - 1);
            }}
          >
            {t("programme.item.moveUp")}
            {context}
          </Button>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-disabled={last || undefined}
            onClick={() => {
              if (!last) moveTo(item.position + 1);
            }}
          >
            {t("programme.item.moveDown")}
            {context}
          </Button>
          <Button id={itemEditButtonId(item.id)} type="button" variant="secondary" data-size="sm" onClick={onEdit}>
            {t("programme.item.edit")}
            {context}
          </Button>
          <Button type="button" variant="secondary" data-color="danger" data-size="sm" onClick={onDelete}>
            {t("programme.item.delete")}
            {context}
          </Button>
        </div>
      ) : null}
      {moveError ? <ValidationMessage role="alert">{moveError}</ValidationMessage> : null}
    </li>
  );
}
