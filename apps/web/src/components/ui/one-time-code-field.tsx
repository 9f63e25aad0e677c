import { Textfield } from "@digdir/designsystemet-react";
import type { ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  id: string;
  name: string;
  description: ReactNode;
  error: string | undefined;
  ref?: Ref<HTMLInputElement | HTMLTextAreaElement>;
};

/** The six-digit code from an authenticator app: numeric keyboard, filled in by the phone's code autofill. */
export function OneTimeCodeField({ id, name, description, error, ref }: Props) {
  const { t } = useTranslation();
  return (
    <Textfield
      ref={ref}
      id={id}
      name={name}
      label={t("twoFactor.codeLabel")}
      description={description}
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck={false}
      className="account-code-input"
      required
      error={error}
    />
  );
}
