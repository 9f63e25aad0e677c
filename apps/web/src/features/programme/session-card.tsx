import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { RunDates } from "@sidestilt/domain/programme";
import type { ProgrammeItem, ProgrammeSession } from "@sidestilt/domain/programme.schema";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { formatDuration, formatSessionDate } from "../../lib/format.ts";
import { useDeleteItem } from "./delete-item.ts";
import { useDeleteSession } from "./delete-session.ts";
import type { PresenterCandidate } from "./get-presenter-candidates.ts";
import { ItemForm } from "./item-form.tsx";
import { ItemRow, itemEditButtonId } from "./item-row.tsx";
import { SessionForm } from "./session-form.tsx";
import { SessionWarnings } from "./session-warnings.tsx";
import { useReturnFocus } from "./use-return-focus.ts";

type Props = {
  runId: string;
  runDates: RunDates;
  session: ProgrammeSession;
  number: number;
  canEdit: boolean;
  candidates: readonly PresenterCandidate[] | undefined;
  candidatesError: unknown;
  announce: (message: string) => void;
};

/** A failed delete, explained inside its dialog; a 412 says someone changed it meanwhile. */
function DeleteError({ error, conflictText }: { error: unknown; conflictText: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const conflict = error instanceof ApiError && error.code === "precondition_failed";
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{conflict ? conflictText : t(`errors.${errorKeyOf(error)}`)}</Paragraph>
    </Alert>
  );
}

/**
 * One session (samling) of the programme: when and where, its teaching time, its warnings, and its
 * items in order. With `canEdit`: edit or delete the session, and add, edit, move or delete items.
 */
export function SessionCard(props: Props) {
  const { runId, runDates, session, number, canEdit, candidates, candidatesError, announce } = props;
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const [editingSession, setEditingSession] = useState(false);
  const [addingItem, setAddingItem] = useState(false);
  const [editingItemId, setEditingItemId] = useState<string | null>(null);
  const [deletingItem, setDeletingItem] = useState<ProgrammeItem | null>(null);
  const [deletingSession, setDeletingSession] = useState(false);
  const deleteItem = useDeleteItem();
  const deleteSession = useDeleteSession();
  const lastEditedItemId = useRef<string | null>(null);
  const headingId = `session-${session.id}-heading`;
  const editButtonId = `session-${session.id}-edit`;
  const addItemButtonId = `session-${session.id}-add-item`;
  // A closed form gives focus back to the button that opened it (shown again in its place).
  const byId = (id: string) => () => document.getElementById(id) ?? document.getElementById(headingId);
  useReturnFocus(editingSession, byId(editButtonId));
  useReturnFocus(addingItem, byId(addItemButtonId));
  useReturnFocus(editingItemId !== null, byId(itemEditButtonId(lastEditedItemId.current ?? "")));

  const editingItem = session.items.find((item) => item.id === editingItemId);
  const sessionContext = (
    <>
      {" "}
      <span className="ds-sr-only">{t("programme.session.context", { number })}</span>
    </>
  );

  function closeItemDialog() {
    setDeletingItem(null);
    deleteItem.reset();
  }

  function closeSessionDialog() {
    setDeletingSession(false);
    deleteSession.reset();
  }

  return (
    <section className="programme-session stack" aria-labelledby={headingId} data-testid="programme-session">
      <div className="programme-session__head">
        <Heading id={headingId} level={3} data-size="sm" tabIndex={-1} className="section-heading">
          {t("programme.session.heading", { number })}
        </Heading>
        <Paragraph>
          {t("programme.session.when", {
            date: formatSessionDate(session.date, language),
            hours: t("programme.session.hours", { from: session.startsAt, to: session.endsAt }),
          })}
        </Paragraph>
        {session.place || session.videoLink ? (
          <dl className="facts facts--compact">
            {session.place ? (
              <div className="facts__item">
                <dt>{t("programme.session.place")}</dt>
                <dd>{session.place}</dd>
              </div>
            ) : null}
            {session.videoLink ? (
              <div className="facts__item">
                <dt>{t("programme.session.videoLink")}</dt>
                <dd>
                  <Link href={session.videoLink} rel="noopener noreferrer">
                    {session.videoLink}
                  </Link>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <Paragraph data-size="sm">{t("programme.session.noPlace")}</Paragraph>
        )}
        <Paragraph>
          {t("programme.session.teaching", { duration: formatDuration(t, session.teachingMinutes) })}
        </Paragraph>
      </div>

      <SessionWarnings session={session} number={number} />

      {canEdit && !editingSession ? (
        <div className="button-row">
          <Button
            id={editButtonId}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => setEditingSession(true)}
          >
            {t("programme.session.edit")}
            {sessionContext}
          </Button>
          <Button
            type="button"
            variant="secondary"
            data-color="danger"
            data-size="sm"
            onClick={() => setDeletingSession(true)}
          >
            {t("programme.session.delete")}
            {sessionContext}
          </Button>
        </div>
      ) : null}
      {canEdit && editingSession ? (
        <SessionForm
          runId={runId}
          runDates={runDates}
          editing={{ session, number }}
          onSaved={(message) => {
            setEditingSession(false);
            announce(message);
          }}
          onCancel={() => setEditingSession(false)}
        />
      ) : null}

      {session.items.length > 0 ? (
        <ol className="programme-items" aria-label={t("programme.session.itemsLabel", { number })}>
          {session.items.map((item) =>
            canEdit && item.id === editingItemId && editingItem ? (
              <li key={item.id} className="programme-item programme-item--editing">
                <ItemForm
                  runId={runId}
                  sessionId={session.id}
                  sessionNumber={number}
                  editing={editingItem}
                  candidates={candidates}
                  candidatesError={candidatesError}
                  onSaved={(message) => {
                    setEditingItemId(null);
                    announce(message);
                  }}
                  onCancel={() => setEditingItemId(null)}
                />
              </li>
            ) : (
              <ItemRow
                key={item.id}
                runId={runId}
                item={item}
                count={session.items.length}
                canEdit={canEdit}
                onEdit={() => {
                  lastEditedItemId.current = item.id;
                  setAddingItem(false);
                  setEditingItemId(item.id);
                }}
                onDelete={() => setDeletingItem(item)}
                announce={announce}
              />
            ),
          )}
        </ol>
      ) : (
        <Paragraph>{t("programme.session.noItems")}</Paragraph>
      )}

      {canEdit && addingItem ? (
        <ItemForm
          runId={runId}
          sessionId={session.id}
          sessionNumber={number}
          candidates={candidates}
          candidatesError={candidatesError}
          onSaved={(message) => {
            setAddingItem(false);
            announce(message);
          }}
          onCancel={() => setAddingItem(false)}
        />
      ) : null}
      {canEdit && !addingItem ? (
        <div>
          <Button
            id={addItemButtonId}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setEditingItemId(null);
              setAddingItem(true);
            }}
          >
            {t("programme.session.addItem")}
            {sessionContext}
          </Button>
        </div>
      ) : null}

      <ConfirmDialog
        open={deletingItem !== null}
        title={t("programme.item.deleteTitle", { title: deletingItem?.title ?? "" })}
        confirmLabel={t("programme.item.deleteConfirm")}
        pendingLabel={t("programme.deleting")}
        cancelLabel={t("programme.cancel")}
        danger
        pending={deleteItem.isPending}
        error={<DeleteError error={deleteItem.error} conflictText={t("programme.item.deleteConflict")} />}
        onClose={closeItemDialog}
        onConfirm={() => {
          if (!deletingItem) return;
          // The version as cached now: after a 412 the programme is fetched again, so a second try
          // deletes the item as the person now sees it.
          const current = session.items.find((item) => item.id === deletingItem.id) ?? deletingItem;
          deleteItem.mutate(
            { runId, itemId: current.id, version: current.version },
            {
              onSuccess: () => {
                closeItemDialog();
                announce(t("programme.item.deleted", { title: current.title }));
              },
            },
          );
        }}
      >
        <Paragraph>{t("programme.item.deleteBody")}</Paragraph>
      </ConfirmDialog>

      <ConfirmDialog
        open={deletingSession}
        title={t("programme.session.deleteTitle", { number })}
        confirmLabel={t("programme.session.deleteConfirm")}
        pendingLabel={t("programme.deleting")}
        cancelLabel={t("programme.cancel")}
        danger
        pending={deleteSession.isPending}
        error={<DeleteError error={deleteSession.error} conflictText={t("programme.session.deleteConflict")} />}
        onClose={closeSessionDialog}
        onConfirm={() => {
          deleteSession.mutate(
            { runId, sessionId: session.id, version: session.version },
            {
              onSuccess: () => {
                closeSessionDialog();
                announce(t("programme.session.deleted", { number }));
              },
            },
          );
        }}
      >
        <Paragraph>{t("programme.session.deleteBody", { count: session.items.length })}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
