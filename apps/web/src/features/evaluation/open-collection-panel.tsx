import { Alert, Button, Link, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationCollection } from "@sidestilt/domain/evaluation-collection.schema";
import { useRef, useState } from "react";
import { Link as RouterLink } from "react-router";
import { CopyField } from "../../components/ui/copy-field.tsx";
import { evaluationHandoutHref } from "../../lib/config/paths.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { CloseCollectionButton } from "./close-collection-button.tsx";
import { collectionCodeOf } from "./collection-code.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { InviteButton } from "./invite-button.tsx";
import { PaperAnswerForm } from "./paper-answer-form.tsx";
import type { QuestionFieldComponent } from "./question-field-props.ts";

type Props = {
  runId: string;
  collection: EvaluationCollection;
  canManage: boolean;
  QuestionField: QuestionFieldComponent;
  announce: (message: string) => void;
  onClosed: () => void;
};

/**
 * A collection that takes answers: how many so far (only from five), the anonymous link and its printed
 * QR code, the emailed links, typing in paper forms, and closing. Counts of 1–4 are never shown.
 */
export function OpenCollectionPanel({ runId, collection, canManage, QuestionField, announce, onClosed }: Props) {
  const { t, language } = useEvaluationLanguage();
  const [typingIn, setTypingIn] = useState(false);
  const paperButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="stack">
      <Paragraph>
        {t("evaluation.tab.openSince", {
          date: formatDateTime(collection.openedAt, language),
          version: collection.formVersion,
        })}
      </Paragraph>
      <Paragraph className="evaluation-count">
        {collection.answers === null
          ? t("evaluation.tab.answersFew")
          : t("evaluation.tab.answersCount", { count: collection.answers })}
      </Paragraph>
      {collection.invited === 0 ? null : (
        <Paragraph>
          {collection.invited === null
            ? t("evaluation.tab.invitedTotalFew")
            : t("evaluation.tab.invitedTotal", { count: collection.invited })}
        </Paragraph>
      )}
      {collection.fewInvited && collection.invited !== 0 ? (
        <Alert data-color="warning">
          <Paragraph>{t("evaluation.tab.fewInvited")}</Paragraph>
        </Alert>
      ) : null}
      <CopyField
        id={`evaluation-link-${collection.id}`}
        label={t("evaluation.tab.linkLabel")}
        value={collection.link}
        copyLabel={t("evaluation.tab.copyLink")}
        copiedMessage={t("evaluation.tab.linkCopied")}
        copyFailedMessage={t("evaluation.tab.linkCopyFailed")}
      />
      <Paragraph>
        <Link asChild>
          <RouterLink to={evaluationHandoutHref(runId, collection.id)}>{t("evaluation.tab.printQr")}</RouterLink>
        </Link>
      </Paragraph>
      {canManage ? (
        <>
          <InviteButton runId={runId} collectionId={collection.id} announce={announce} />
          {typingIn ? (
            <PaperAnswerForm
              runId={runId}
              collectionId={collection.id}
              code={collectionCodeOf(collection.link)}
              QuestionField={QuestionField}
              onClose={() => {
                setTypingIn(false);
                requestAnimationFrame(() => paperButton.current?.focus());
              }}
            />
          ) : (
            <div>
              <Button
                ref={paperButton}
                type="button"
                variant="secondary"
                onClick={() => {
                  setTypingIn(true);
                  requestAnimationFrame(() => document.getElementById(`paper-heading-${collection.id}`)?.focus());
                }}
              >
                {t("evaluation.tab.typeIn")}
              </Button>
            </div>
          )}
          <CloseCollectionButton runId={runId} collection={collection} onClosed={onClosed} />
        </>
      ) : null}
    </div>
  );
}
