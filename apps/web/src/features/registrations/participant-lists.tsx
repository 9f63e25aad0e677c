import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Registration, RegistrationList } from "@sidestilt/domain/registration.schema";
import { useTranslation } from "react-i18next";
import { ParticipantCard } from "./participant-card.tsx";

type Props = {
  list: RegistrationList;
  /** Offers "cancel" on active registrations; absent when the viewer may not change the run. */
  onCancel?: (registration: Registration) => void;
};

const sections = ["confirmed", "offered", "waiting", "closed"] as const;

/**
 * The run's lists: seats, seats on offer, the waiting list in order, and cancelled or expired. Cards
 * rather than a wide table, so that they read the same on a phone at 320 px.
 */
export function ParticipantLists({ list, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {sections.map((section) => {
        const items = list[section];
        const total = list.counts[section];
        const headingId = `participants-${section}`;
        return (
          <section key={section} className="stack" aria-labelledby={headingId}>
            <Heading id={headingId} level={3} data-size="xs">
              {t(`registrations.list.sections.${section}`, { total })}
            </Heading>
            {items.length === 0 ? (
              <Paragraph>{t(`registrations.list.empty.${section}`)}</Paragraph>
            ) : (
              <ul className="card-list">
                {items.map((registration) => (
                  <ParticipantCard
                    key={registration.id}
                    registration={registration}
                    onCancel={section === "closed" ? undefined : onCancel}
                  />
                ))}
              </ul>
            )}
            {items.length < total ? (
              <Paragraph data-size="sm">{t("registrations.list.cut", { shown: items.length, total })}</Paragraph>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
