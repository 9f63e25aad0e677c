import { Button, Heading, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import type { Unit } from "@sidestilt/domain/unit.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../components/ui/select-field.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";
import { useUnitDirectory } from "./get-unit-directory.ts";
import { useSetPartnership } from "./set-partnership.ts";

/** The units this unit plans and runs courses with; its coordinators add and remove them. */
export function UnitPartners({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const headingId = useId();
  const canEdit = unit.abilities.canEdit;
  const directory = useUnitDirectory(canEdit);
  const setPartnership = useSetPartnership();
  const [status, setStatus] = useState("");
  const [selectError, setSelectError] = useState<string | undefined>();
  const partnerIds = new Set(unit.partners.map((partner) => partner.id));
  const candidates = (directory.data ?? []).filter(
    (candidate) => candidate.id !== unit.id && !partnerIds.has(candidate.id),
  );

  function change(partnerId: string, partners: boolean, name: string) {
    setStatus("");
    setPartnership.mutate(
      { unitId: unit.id, partnerId, partners },
      {
        onSuccess: () => {
          setStatus(t(partners ? "units.partners.added" : "units.partners.removed", { name }));
          // A removed partner's button is gone: keep keyboard users in the section.
          if (!partners) document.getElementById(headingId)?.focus();
        },
      },
    );
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const partnerId = String(new FormData(event.currentTarget).get("partnerId") ?? "");
    const partner = candidates.find((candidate) => candidate.id === partnerId);
    if (!partner) {
      setSelectError(t("units.partners.chooseFirst"));
      return;
    }
    setSelectError(undefined);
    event.currentTarget.reset();
    change(partner.id, true, partner.name);
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md" tabIndex={-1} className="section-heading">
        {t("units.partners.heading")}
      </Heading>
      <Paragraph>{t("units.partners.intro")}</Paragraph>
      {unit.partners.length === 0 ? (
        <Paragraph>{t("units.partners.empty")}</Paragraph>
      ) : (
        <ul className="item-list">
          {unit.partners.map((partner) => (
            <li key={partner.id} className="item-list__item">
              <span>
                <strong>{partner.name}</strong> · {t(`enums.unitKind.${partner.kind}`)}
              </span>
              {canEdit ? (
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t("units.partners.removeLabel", { name: partner.name })}
                  disabled={setPartnership.isPending}
                  onClick={() => change(partner.id, false, partner.name)}
                >
                  {t("units.partners.remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Paragraph role="status">{status}</Paragraph>
      {setPartnership.isError ? (
        <ValidationMessage role="alert">
          {t("units.partners.error")} {t(`errors.${errorKeyOf(setPartnership.error)}`)}
        </ValidationMessage>
      ) : null}
      {canEdit && directory.isSuccess ? (
        candidates.length === 0 ? (
          <Paragraph>{t("units.partners.noneLeft")}</Paragraph>
        ) : (
          <form className="inline-form" noValidate onSubmit={add}>
            <SelectField
              id="partner-select"
              name="partnerId"
              label={t("units.partners.add")}
              defaultValue=""
              error={selectError}
            >
              <option value="">{t("units.partners.choose")}</option>
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({t(`enums.unitKind.${candidate.kind}`)})
                </option>
              ))}
            </SelectField>
            <div>
              <Button type="submit" variant="secondary" loading={setPartnership.isPending}>
                {setPartnership.isPending ? t("units.partners.adding") : t("units.partners.addButton")}
              </Button>
            </div>
          </form>
        )
      ) : null}
    </section>
  );
}
