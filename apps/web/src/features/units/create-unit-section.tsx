import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Unit } from "@sidestilt/domain/unit.schema";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { unitHref } from "../../lib/config/paths.ts";
import { useCreateUnit } from "./create-unit.ts";
import { UnitForm } from "./unit-form.tsx";

/** "Ny enhet": system administrators create units. */
export function CreateUnitSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const createUnit = useCreateUnit();
  const [created, setCreated] = useState<Unit | null>(null);
  // A new key empties the form after a unit was created.
  const [formKey, setFormKey] = useState(0);
  const notice = useRef<HTMLDivElement>(null);

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("units.create.heading")}
      </Heading>
      <Paragraph>{t("units.create.intro")}</Paragraph>
      {created ? (
        <Alert data-color="success" ref={notice} tabIndex={-1} className="notice">
          <Paragraph>{t("units.create.created", { name: created.name })}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={unitHref(created.id)}>{t("units.create.open", { name: created.name })}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      ) : null}
      <UnitForm
        key={formKey}
        idPrefix="new-unit"
        submitLabel={t("units.create.submit")}
        pendingLabel={t("units.create.submitting")}
        pending={createUnit.isPending}
        error={createUnit.error}
        errorHeading={t("units.create.error")}
        onSubmit={(input) => {
          setCreated(null);
          createUnit.mutate(input, {
            onSuccess: (unit) => {
              setCreated(unit);
              setFormKey((key) => key + 1);
              createUnit.reset();
              // The form is emptied; tell keyboard and screen reader users what happened.
              requestAnimationFrame(() => notice.current?.focus());
            },
          });
        }}
      />
    </section>
  );
}
