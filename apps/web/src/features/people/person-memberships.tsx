import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Membership, Person } from "@sidestilt/domain/person.schema";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";
import { unitHref } from "../../lib/config/paths.ts";
import { MembershipEditForm } from "./membership-edit-form.tsx";
import { membershipLabel } from "./membership-label.ts";
import { useRemoveMembership } from "./remove-membership.ts";

type Props = { person: Person; userOrganisations: readonly { id: string; name: string }[] };

/** A person's roles in the units the viewer shares with them; coordinators change and remove them. */
export function PersonMemberships({ person, userOrganisations }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const canManage = person.abilities.canManageRoles && !person.erased;
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Membership | null>(null);
  const [status, setStatus] = useState("");
  const remove = useRemoveMembership();

  function focusEditButton(membershipId: string) {
    requestAnimationFrame(() => document.getElementById(`edit-${membershipId}`)?.focus());
  }

  function closeRemove() {
    setRemoving(null);
    remove.reset();
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md" tabIndex={-1} className="section-heading">
        {t("people.person.rolesHeading")}
      </Heading>
      {person.memberships.length === 0 ? <Paragraph>{t("people.person.noRoles")}</Paragraph> : null}
      <ul className="card-list">
        {person.memberships.map((membership) => (
          <li key={membership.id} className="person-item" data-testid="membership-item">
            <Heading level={3} data-size="xs">
              <Link asChild>
                <RouterLink to={unitHref(membership.unitId)}>{membership.unitName}</RouterLink>
              </Link>
            </Heading>
            {editing === membership.id ? (
              <MembershipEditForm
                membership={membership}
                userOrganisations={userOrganisations}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) setStatus(t("people.membership.saved"));
                  focusEditButton(membership.id);
                }}
              />
            ) : (
              <>
                <Paragraph>{membershipLabel(t, membership)}</Paragraph>
                {canManage ? (
                  <div className="button-row">
                    <Button
                      id={`edit-${membership.id}`}
                      type="button"
                      variant="secondary"
                      data-size="sm"
                      aria-label={t("people.membership.editLabel", { unit: membership.unitName })}
                      onClick={() => {
                        setStatus("");
                        setEditing(membership.id);
                      }}
                    >
                      {t("people.membership.edit")}
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      aria-label={t("people.membership.removeLabel", { unit: membership.unitName })}
                      onClick={() => {
                        setStatus("");
                        setRemoving(membership);
                      }}
                    >
                      {t("people.membership.remove")}
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      <Paragraph role="status">{status}</Paragraph>
      <ConfirmDialog
        open={removing !== null}
        title={t("people.membership.removeTitle")}
        confirmLabel={t("people.membership.removeConfirm")}
        pendingLabel={t("people.membership.removing")}
        cancelLabel={t("people.cancel")}
        danger
        pending={remove.isPending}
        onClose={closeRemove}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { membershipId: removing.id, personId: person.id },
            {
              onSuccess: () => {
                closeRemove();
                setStatus(t("people.membership.removed"));
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
          <Paragraph>
            {t("people.membership.removeBody", {
              name: person.name,
              role: membershipLabel(t, removing),
              unit: removing.unitName,
            })}
          </Paragraph>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
