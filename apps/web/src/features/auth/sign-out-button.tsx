import { Button, ValidationMessage } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { errorKeyOf } from "../../lib/api-error.ts";
import { useSignOut } from "./sign-out.ts";

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        loading={signOut.isPending}
        onClick={() => {
          if (!signOut.isPending) signOut.mutate(undefined, { onSuccess: onSignedOut });
        }}
      >
        {signOut.isPending ? t("account.signingOut") : t("account.signOut")}
      </Button>
      {signOut.isError ? (
        <ValidationMessage role="alert" data-size="sm">
          {t(`errors.${errorKeyOf(signOut.error)}`)}
        </ValidationMessage>
      ) : null}
    </>
  );
}
