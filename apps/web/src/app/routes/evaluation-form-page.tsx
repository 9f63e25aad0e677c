import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { AnswerValue, Question } from "@sidestilt/domain/evaluation-form.schema";
import { evaluationFormKindSchema } from "@sidestilt/domain/evaluation-form.schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useCourse } from "../../features/courses/get-course.ts";
import { QuestionField } from "../../features/evaluation-answer/question-field.tsx";
import { EvaluationFormBuilder } from "../../features/evaluation-forms/evaluation-form-builder.tsx";
import { useEvaluationForms } from "../../features/evaluation-forms/get-evaluation-forms.ts";
import type { Language } from "../../i18n/languages.ts";
import { courseHref } from "../../lib/config/paths.ts";

/** A preview question the person can try answering (nothing is kept or sent). */
function PreviewQuestion({ question, language, number }: { question: Question; language: Language; number: number }) {
  const [value, setValue] = useState<AnswerValue | undefined>(undefined);
  return (
    <QuestionField
      question={question}
      language={language}
      number={number}
      value={value}
      onChange={setValue}
      idPrefix="form-preview"
    />
  );
}

/**
 * The evaluation form builder of one kind (course evaluation or participant benefit) of a course: the
 * course's title and the kind name the page; the builder shows the participant's preview with the
 * participant page's own question component.
 */
export function EvaluationFormPage() {
  const { t } = useTranslation();
  const params = useParams();
  const courseId = params.courseId ?? "";
  const kind = evaluationFormKindSchema.safeParse(params.kind);
  const course = useCourse(courseId);
  const forms = useEvaluationForms(courseId);
  const form = kind.success ? forms.data?.forms.find((candidate) => candidate.kind === kind.data) : undefined;
  const title = course.data?.data.title;
  const kindName = kind.success ? t(`evaluationForm.kinds.${kind.data}`) : t("evaluationForm.title");

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={courseHref(courseId)}>
            {t("evaluationForm.back", { course: title ?? t("coursePage.title") })}
          </RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={title ? t("evaluationForm.pageTitle", { kind: kindName, course: title }) : kindName} />
      {!kind.success ? (
        <Paragraph>{t("evaluationForm.unknownKind")}</Paragraph>
      ) : forms.isPending ? (
        <LoadingStatus label={t("evaluationForm.loading")} />
      ) : !form ? (
        <ErrorAlert
          heading={t("evaluationForm.loadError")}
          error={forms.error}
          onRetry={() => void forms.refetch()}
          retryLabel={t("evaluationForm.retry")}
          retrying={forms.isFetching}
        />
      ) : (
        <EvaluationFormBuilder
          key={form.kind}
          courseId={courseId}
          form={form}
          renderPreviewQuestion={(question, language, number) => (
            <PreviewQuestion question={question} language={language} number={number} />
          )}
        />
      )}
    </div>
  );
}
