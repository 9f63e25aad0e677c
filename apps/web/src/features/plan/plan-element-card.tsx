import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { PlanElement } from "@sidestilt/domain/plan.schema";
import { useEffect, useId, useRef, useState } from "react";
import { PlanDiscussion } from "./plan-discussion.tsx";
import { clearDraft, type PlanDraft, readDraft } from "./plan-drafts.ts";
import { type EditOutcome, PlanElementEditor } from "./plan-element-editor.tsx";
import { formatDay } from "./plan-format.ts";
import { PlanHistory } from "./plan-history.tsx";
import { usePlanLabels } from "./plan-labels.ts";

type Props = {
  runId: string;
  element: PlanElement;
  canEdit: boolean;
  personId: string | null;
};

/**
 * One of the plan's six elements: its name (h3) and what it is for, its text, who changed it last (in
 * which role, when), and the size of its discussion. Those who may edit open it in place ("Rediger
 * <element>"); anyone may open its history and its discussion.
 */
export function PlanElementCard({ runId, element, canEdit, personId }: Props) {
  const { t, language, elementName, elementHelp, role } = usePlanLabels();
  const name = elementName(element.kind);
  const headingId = useId();
  const [editing, setEditing] = useState<PlanDraft | null>(null);
  // Text typed here earlier and never saved (an expired session, a closed tab): offered back.
  const [kept, setKept] = useState<PlanDraft | null>(() => (personId ? readDraft(personId, element.id) : null));
  const [message, setMessage] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [discussionOpen, setDiscussionOpen] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  const keptUnsaved = kept !== null && kept.content !== element.content ? kept : null;

  useEffect(() => {
    if (editing === null && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function startEditing() {
    setMessage(null);
    setEditing(keptUnsaved ?? { content: element.content, version: element.version });
    setKept(null);
  }

  function doneEditing(outcome: EditOutcome) {
    const messages: Record<EditOutcome, string | null> = {
      saved: t("plan.element.saved", { element: name }),
      discarded: t("plan.element.discarded", { element: name }),
      usedSaved: t("plan.element.usedSaved", { element: name }),
      cancelled: null,
    };
    setMessage(messages[outcome]);
    focusEditButton.current = true;
    setEditing(null);
  }

  function discardKept() {
    if (personId) clearDraft(personId, element.id);
    setKept(null);
    setMessage(t("plan.element.discarded", { element: name }));
  }

  const counts = [
    t("plan.element.comments", { count: element.commentCount }),
    t("plan.element.decisions", { count: element.decisionCount }),
  ].join(" · ");

  return (
    <section className="plan-element stack" aria-labelledby={headingId}>
      <div className="plan-tight">
        <Heading id={headingId} level={3} data-size="sm">
          {name}
        </Heading>
        <Paragraph data-size="sm" className="plan-element__help">
          {elementHelp(element.kind)}
        </Paragraph>
      </div>
      {keptUnsaved && editing === null ? (
        <Alert data-color="warning" className="stack plan-tight">
          <Heading level={4} data-size="2xs">
            {t("plan.draft.heading")}
          </Heading>
          {canEdit ? (
            <Paragraph>{t("plan.draft.body", { element: name })}</Paragraph>
          ) : (
            <>
              <Paragraph>{t("plan.draft.readOnlyBody")}</Paragraph>
              <div className="plan-text plan-text--draft">{keptUnsaved.content}</div>
            </>
          )}
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={discardKept}>
              {t("plan.draft.discard")}
            </Button>
          </div>
        </Alert>
      ) : null}
      {editing ? (
        <PlanElementEditor
          runId={runId}
          element={element}
          elementName={name}
          personId={personId}
          start={editing}
          onDone={doneEditing}
        />
      ) : element.content.trim() === "" ? (
        <Paragraph className="plan-element__empty">
          {canEdit ? t("plan.element.emptyCanEdit", { element: name }) : t("plan.element.empty")}
        </Paragraph>
      ) : (
        <div className="plan-text">{element.content}</div>
      )}
      <Paragraph data-size="sm" className="plan-element__meta">
        {element.lastEdit
          ? t("plan.element.lastEdit", {
              name: element.lastEdit.authorName,
              role: role(element.lastEdit.authorRole),
              date: formatDay(element.lastEdit.at, language),
            })
          : t("plan.element.neverEdited")}
        {" · "}
        {counts}
      </Paragraph>
      <div role="status" className="plan-status">
        {message ? <Paragraph data-size="sm">{message}</Paragraph> : null}
      </div>
      <div className="button-row">
        {canEdit && editing === null ? (
          <Button ref={editButton} type="button" variant="secondary" onClick={startEditing}>
            {t("plan.element.edit", { element: name })}
          </Button>
        ) : null}
        <Button
          type="button"
          variant="tertiary"
          aria-expanded={historyOpen}
          aria-label={t("plan.element.historyToggleLabel", { element: name })}
          onClick={() => setHistoryOpen((open) => !open)}
        >
          {t("plan.element.historyToggle")}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          aria-expanded={discussionOpen}
          aria-label={t("plan.element.discussionToggleLabel", { element: name })}
          onClick={() => setDiscussionOpen((open) => !open)}
        >
          {t("plan.element.discussionToggle")}
        </Button>
      </div>
      {historyOpen ? <PlanHistory runId={runId} element={element} elementName={name} canEdit={canEdit} /> : null}
      {discussionOpen ? (
        <PlanDiscussion runId={runId} elementId={element.id} elementName={name} canEdit={canEdit} />
      ) : null}
    </section>
  );
}
