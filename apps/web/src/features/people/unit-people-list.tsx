import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { personHref } from "../../lib/config/paths.ts";
import { useUnitPeople } from "./get-unit-people.ts";
import { membershipLabel } from "./membership-label.ts";
import { PersonStatusTag } from "./person-status-tag.tsx";

/** The people of a unit with their roles there; contact details only where the answer has them. */
export function UnitPeopleList({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const people = useUnitPeople(unitId);

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("people.heading")}
      </Heading>
      {people.isPending ? (
        <LoadingStatus label={t("people.loading")} />
      ) : people.isError ? (
        <ErrorAlert
          heading={t("people.loadError")}
          error={people.error}
          onRetry={() => void people.refetch()}
          retryLabel={t("people.retry")}
          retrying={people.isFetching}
        />
      ) : people.data.length === 0 ? (
        <Paragraph>{t("people.empty")}</Paragraph>
      ) : (
        <ul className="card-list">
          {people.data.map((person) => (
            <li key={person.id} className="person-item" data-testid="person-item">
              <div className="person-item__head">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink to={personHref(person.id)}>{person.name}</RouterLink>
                  </Link>
                </Heading>
                <PersonStatusTag person={person} />
              </div>
              <ul className="plain-list">
                {person.memberships
                  .filter((membership) => membership.unitId === unitId)
                  .map((membership) => (
                    <li key={membership.id}>{membershipLabel(t, membership)}</li>
                  ))}
              </ul>
              {person.email || person.phone ? (
                <dl className="facts facts--compact">
                  {person.email ? (
                    <div className="facts__item">
                      <dt>{t("people.email")}</dt>
                      <dd>{person.email}</dd>
                    </div>
                  ) : null}
                  {person.phone ? (
                    <div className="facts__item">
                      <dt>{t("people.phone")}</dt>
                      <dd>{person.phone}</dd>
                    </div>
                  ) : null}
                </dl>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
