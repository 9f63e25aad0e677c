import { Textfield } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { newPasswordMinLength } from "../../lib/new-password.ts";

type Props = {
  /** Field names (also their ids) of the new password and its repetition. */
  names: { password: string; repeat: string };
  labels: { password: ReactNode; repeat: ReactNode };
  /** The message to show beside a field, if it has one. */
  errorFor: (field: string) => string | undefined;
};

/** A new password typed twice, with the length rule the server checks (see lib/new-password.ts). */
export function NewPasswordFields({ names, labels, errorFor }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        id={names.password}
        name={names.password}
        type="password"
        label={labels.password}
        description={t("passwordReset.passwordRule", { min: newPasswordMinLength })}
        autoComplete="new-password"
        required
        error={errorFor(names.password)}
      />
      <Textfield
        id={names.repeat}
        name={names.repeat}
        type="password"
        label={labels.repeat}
        autoComplete="new-password"
        required
        error={errorFor(names.repeat)}
      />
    </>
  );
}
