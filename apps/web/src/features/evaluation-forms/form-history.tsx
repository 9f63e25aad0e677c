import { Button, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import { useId, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { useFormLabels } from "./form-labels.ts";
import { useEvaluationFormRevision, useEvaluationFormRevisions } from "./get-evaluation-form-revisions.ts";
import { QuestionReadOnlyList } from "./question-read-only-list.tsx";

type Props = { courseId: string; kind: EvaluationFormKind; currentVersion: number };

/**
 * The form's saved versions, newest first and paged: who saved each, in which role and when, and
 * whether a user representative and a professional both signed it. Opening one shows its questions,
 * read-only.
 */
export function FormHistory({ courseId, kind, currentVersion }: Props) {
  const { t, role, when } = useFormLabels();
  const idPrefix = useId();
  const history = useEvaluationFormRevisions(courseId, kind);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];

  function toggle(version: number) {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(version)) next.delete(version);
      else next.add(version);
      return next;
    });
  }

  if (history.isPending) return <LoadingStatus label={t("evaluationForm.history.loading")} />;
  if (!history.data) {
    return (
      <ErrorAlert
        heading={t("evaluationForm.history.loadError")}
        error={history.error}
        onRetry={() => void history.refetch()}
        retryLabel={t("evaluationForm.retry")}
        retrying={history.isFetching}
      />
    );
  }
  if (items.length === 0) return <Paragraph>{t("evaluationForm.history.empty")}</Paragraph>;

  return (
    <div className="stack">
      <ol className="evaluation-revisions">
        {items.map((revision) => {
          const titleId = `${idPrefix}-v${revision.version}`;
          const expanded = open.has(revision.version);
          return (
            <li key={revision.version} className="evaluation-revision stack evaluation-tight">
              <Paragraph id={titleId} className="evaluation-question__title">
                {revision.version === currentVersion
                  ? t("evaluationForm.history.versionCurrent", { version: revision.version })
                  : t("evaluationForm.history.version", { version: revision.version })}
              </Paragraph>
              <Paragraph data-size="sm">
                {t("evaluationForm.history.by", {
                  name: revision.authorName,
                  role: role(revision.authorRole),
                  date: when(revision.createdAt),
                })}
              </Paragraph>
              <div>
                <Tag data-size="sm" data-color={revision.coSigned ? "success" : "neutral"}>
                  {revision.coSigned ? t("evaluationForm.history.coSigned") : t("evaluationForm.history.notCoSigned")}
                </Tag>
              </div>
              <div className="button-row">
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-expanded={expanded}
                  aria-describedby={titleId}
                  onClick={() => toggle(revision.version)}
                >
                  {t("evaluationForm.history.show")}
                </Button>
              </div>
              {expanded ? <RevisionQuestions courseId={courseId} kind={kind} version={revision.version} /> : null}
            </li>
          );
        })}
      </ol>
      {history.hasNextPage ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            loading={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
          >
            {t("evaluationForm.history.more")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function RevisionQuestions({
  courseId,
  kind,
  version,
}: {
  courseId: string;
  kind: EvaluationFormKind;
  version: number;
}) {
  const { t } = useFormLabels();
  const revision = useEvaluationFormRevision(courseId, kind, version);
  if (revision.isPending) return <LoadingStatus label={t("evaluationForm.history.loadingVersion", { version })} />;
  if (!revision.data) {
    return (
      <ErrorAlert
        heading={t("evaluationForm.history.loadVersionError", { version })}
        error={revision.error}
        onRetry={() => void revision.refetch()}
        retryLabel={t("evaluationForm.retry")}
        retrying={revision.isFetching}
      />
    );
  }
  return (
    <QuestionReadOnlyList
      questions={revision.data.questions}
      label={t("evaluationForm.history.questionsOf", { version })}
    />
  );
}
