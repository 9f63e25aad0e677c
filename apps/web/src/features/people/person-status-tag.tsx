import { Tag } from "@digdir/designsystemet-react";
import type { Person } from "@sidestilt/domain/person.schema";
import { useTranslation } from "react-i18next";

export function PersonStatusTag({ person }: { person: Pick<Person, "active" | "erased"> }) {
  const { t } = useTranslation();
  if (person.erased) return <Tag data-color="neutral">{t("people.status.erased")}</Tag>;
  return person.active ? (
    <Tag data-color="success">{t("people.status.active")}</Tag>
  ) : (
    <Tag data-color="warning">{t("people.status.deactivated")}</Tag>
  );
}
