import { Alert, Button, Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { WorkingGroup } from "@sidestilt/domain/course.schema";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import type { Language } from "../../i18n/languages.ts";
import { errorKeyOf } from "../../lib/api-error.ts";
import { formatList } from "../../lib/format.ts";
import { AddMemberForm, type PeopleOfUnit } from "./add-member-form.tsx";
import { useWorkingGroup } from "./get-working-group.ts";
import { formatDay, memberRoleLabel } from "./member-labels.ts";
import { missingRoles } from "./missing-roles.ts";
import { useRemoveMember } from "./remove-member.ts";

type Member = WorkingGroup["members"][number];

type Props = {
  courseId: string;
  language: Language;
  /** The owners' coordinators add and remove members (the course's `canManageWorkingGroup`). */
  canManage: boolean;
  /** The people of the owner units the viewer can see, to choose from (only when `canManage`). */
  people: readonly PeopleOfUnit[];
};

/**
 * The working group: who plans the course now and in which role, what it lacks before a run can leave
 * planning (the domain's rule), former members (the history is kept), and adding and removing members.
 */
export function WorkingGroupSection({ courseId, language, canManage, people }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const group = useWorkingGroup(courseId);
  const remove = useRemoveMember();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [status, setStatus] = useState("");
  const members = group.data?.members ?? [];
  const current = members.filter((member) => member.removedAt === null);
  const former = members.filter((member) => member.removedAt !== null);
  const missing = group.data ? missingRoles(current) : [];

  function closeRemove() {
    setRemoving(null);
    remove.reset();
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md" tabIndex={-1} className="section-heading">
        {t("workingGroup.heading")}
      </Heading>
      <Paragraph>{t("workingGroup.intro")}</Paragraph>
      {group.isPending ? (
        <LoadingStatus label={t("workingGroup.loading")} />
      ) : group.isError ? (
        <ErrorAlert
          heading={t("workingGroup.loadError")}
          error={group.error}
          onRetry={() => void group.refetch()}
          retryLabel={t("workingGroup.retry")}
          retrying={group.isFetching}
        />
      ) : (
        <>
          {missing.length > 0 ? (
            <Alert data-color="warning" className="stack" data-testid="working-group-incomplete">
              <Heading level={3} data-size="2xs">
                {t("workingGroup.incompleteHeading")}
              </Heading>
              <Paragraph>{t("workingGroup.incompleteRule")}</Paragraph>
              <Paragraph>
                {t("workingGroup.incompleteMissing", {
                  roles: formatList(
                    missing.map((role) => t(`workingGroup.missing.${role}`)),
                    language,
                  ),
                })}
              </Paragraph>
            </Alert>
          ) : null}
          {current.length === 0 ? (
            <Paragraph>{t("workingGroup.empty")}</Paragraph>
          ) : (
            <ul className="item-list" aria-label={t("workingGroup.currentLabel")}>
              {current.map((member) => (
                <li key={member.id} className="item-list__item" data-testid="working-group-member">
                  <span>
                    <strong>{member.name}</strong> · {memberRoleLabel(t, member.role, member.profession)}
                    <br />
                    <span className="working-group__since">
                      {t("workingGroup.since", { date: formatDay(member.addedAt, language) })}
                    </span>
                  </span>
                  {canManage ? (
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      aria-label={t("workingGroup.remove.label", {
                        name: member.name,
                        role: memberRoleLabel(t, member.role, member.profession),
                      })}
                      onClick={() => {
                        setStatus("");
                        setRemoving(member);
                      }}
                    >
                      {t("workingGroup.remove.button")}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {former.length > 0 ? (
            <Details>
              <Details.Summary>{t("workingGroup.former", { count: former.length })}</Details.Summary>
              <Details.Content>
                <ul className="plain-list stack working-group__former">
                  {former.map((member) => (
                    <li key={member.id} data-testid="former-member">
                      <strong>{member.name}</strong> · {memberRoleLabel(t, member.role, member.profession)}
                      <br />
                      {t("workingGroup.formerPeriod", {
                        from: formatDay(member.addedAt, language),
                        to: formatDay(member.removedAt ?? member.addedAt, language),
                      })}
                    </li>
                  ))}
                </ul>
              </Details.Content>
            </Details>
          ) : null}
        </>
      )}
      <Paragraph role="status">{status}</Paragraph>
      {canManage && group.data ? (
        <AddMemberForm courseId={courseId} groups={people} currentMembers={members} onAdded={setStatus} />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t("workingGroup.remove.title", { name: removing?.name ?? "" })}
        confirmLabel={t("workingGroup.remove.confirm")}
        pendingLabel={t("workingGroup.remove.removing")}
        cancelLabel={t("workingGroup.remove.cancel")}
        danger
        pending={remove.isPending}
        onClose={closeRemove}
        onConfirm={() => {
          if (!removing) return;
          const { name } = removing;
          remove.mutate(
            { memberId: removing.id, courseId },
            {
              onSuccess: () => {
                closeRemove();
                setStatus(t("workingGroup.remove.done", { name }));
              },
            },
          );
        }}
        error={
          remove.isError ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(`errors.${errorKeyOf(remove.error)}`)}</Paragraph>
            </Alert>
          ) : null
        }
      >
        {removing ? (
          <>
            <Paragraph>
              {t("workingGroup.remove.body", {
                name: removing.name,
                role: memberRoleLabel(t, removing.role, removing.profession),
              })}
            </Paragraph>
            <Paragraph>{t("workingGroup.remove.history")}</Paragraph>
            {missingRoles(current.filter((member) => member.id !== removing.id)).length > missing.length ? (
              <Paragraph>{t("workingGroup.remove.leavesIncomplete")}</Paragraph>
            ) : null}
          </>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
