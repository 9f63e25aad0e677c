import { Button, Heading, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import type { CourseDetail } from "@sidestilt/domain/course.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../components/ui/select-field.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";
import { useSetCourseOwner } from "./set-course-owner.ts";

/** A unit that may become a co-owner: a partner of one of the owner units. */
export type OwnerCandidate = { id: string; name: string };

type Props = {
  course: CourseDetail;
  /** Partner units of the owners the viewer can see, not owners already (only for those who manage). */
  candidates: readonly OwnerCandidate[];
  candidatesPending: boolean;
};

/** The units that own the course; the owners' coordinators add partner units and remove owners. */
export function CourseOwners({ course, candidates, candidatesPending }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const canManage = course.abilities.canManageWorkingGroup;
  const setOwner = useSetCourseOwner();
  const [status, setStatus] = useState("");
  const [selectError, setSelectError] = useState<string | undefined>();
  const ownerIds = new Set(course.owners.map((owner) => owner.id));
  const choices = candidates.filter((candidate) => !ownerIds.has(candidate.id));
  const lastOwner = setOwner.error instanceof ApiError && setOwner.error.code === "conflict";
  const notPartner = apiFieldIssues(setOwner.error).some((issue) => issue.code === "not_partner");

  function change(unitId: string, owner: boolean, name: string) {
    setStatus("");
    setOwner.mutate(
      { courseId: course.id, unitId, owner },
      {
        onSuccess: () => {
          setStatus(t(owner ? "coursePage.owners.added" : "coursePage.owners.removed", { name }));
          // A removed owner's button is gone: keep keyboard users in the section.
          if (!owner) document.getElementById(headingId)?.focus();
        },
      },
    );
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const unitId = String(new FormData(event.currentTarget).get("unitId") ?? "");
    const unit = choices.find((candidate) => candidate.id === unitId);
    if (!unit) {
      setSelectError(t("coursePage.owners.chooseFirst"));
      return;
    }
    setSelectError(undefined);
    event.currentTarget.reset();
    change(unit.id, true, unit.name);
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md" tabIndex={-1} className="section-heading">
        {t("coursePage.owners.heading")}
      </Heading>
      <Paragraph>{t("coursePage.owners.intro")}</Paragraph>
      <ul className="item-list">
        {course.owners.map((owner) => (
          <li key={owner.id} className="item-list__item">
            <strong>{owner.name}</strong>
            {canManage && course.owners.length > 1 ? (
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t("coursePage.owners.removeLabel", { name: owner.name })}
                disabled={setOwner.isPending}
                onClick={() => change(owner.id, false, owner.name)}
              >
                {t("coursePage.owners.remove")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage && course.owners.length === 1 ? <Paragraph>{t("coursePage.owners.lastOwnerNote")}</Paragraph> : null}
      <Paragraph role="status">{status}</Paragraph>
      {setOwner.isError ? (
        <ValidationMessage role="alert">
          {lastOwner
            ? t("coursePage.owners.lastOwner")
            : notPartner
              ? t("courseForm.errors.notPartner")
              : `${t("coursePage.owners.error")} ${t(`errors.${errorKeyOf(setOwner.error)}`)}`}
        </ValidationMessage>
      ) : null}
      {canManage ? (
        candidatesPending ? null : choices.length === 0 ? (
          <Paragraph>{t("coursePage.owners.noCandidates")}</Paragraph>
        ) : (
          <form className="inline-form" noValidate onSubmit={add}>
            <SelectField
              id="course-owner-select"
              name="unitId"
              label={t("coursePage.owners.add")}
              description={t("coursePage.owners.addHelp")}
              defaultValue=""
              error={selectError}
            >
              <option value="">{t("coursePage.owners.choose")}</option>
              {choices.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </SelectField>
            <div>
              <Button type="submit" variant="secondary" loading={setOwner.isPending}>
                {setOwner.isPending ? t("coursePage.owners.adding") : t("coursePage.owners.addButton")}
              </Button>
            </div>
          </form>
        )
      ) : null}
    </section>
  );
}
