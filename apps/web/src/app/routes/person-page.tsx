import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ObjectHistory } from "../../features/audit/object-history.tsx";
import { usePerson } from "../../features/people/get-person.ts";
import { PersonAccount } from "../../features/people/person-account.tsx";
import { PersonMemberships } from "../../features/people/person-memberships.tsx";
import { PersonSummary } from "../../features/people/person-summary.tsx";
import { useUnitDirectory } from "../../features/units/get-unit-directory.ts";

export function PersonPage() {
  const { t } = useTranslation();
  const personId = useParams().personId ?? "";
  const person = usePerson(personId);
  const canManageRoles = person.data?.abilities.canManageRoles ?? false;
  // The represented-organisation picker needs the directory only for those who may change roles.
  const directory = useUnitDirectory(canManageRoles);
  const userOrganisations = (directory.data ?? []).filter((unit) => unit.kind === "USER_ORGANISATION");

  return (
    <div className="stack">
      <PageHeading title={person.data?.name ?? t("people.person.title")} />
      {person.isPending ? (
        <LoadingStatus label={t("people.person.loading")} />
      ) : !person.data ? (
        <ErrorAlert
          heading={t("people.person.loadError")}
          error={person.error}
          onRetry={() => void person.refetch()}
          retryLabel={t("people.retry")}
          retrying={person.isFetching}
        />
      ) : (
        <>
          <PersonSummary person={person.data} />
          <PersonMemberships person={person.data} userOrganisations={userOrganisations} />
          <PersonAccount person={person.data} />
          <ObjectHistory objectType="person" objectId={person.data.id} />
        </>
      )}
    </div>
  );
}
