import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Profile } from "@sidestilt/domain/person.schema";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TwoFactorTurnOff } from "./two-factor-turn-off.tsx";
import { TwoFactorTurnOn } from "./two-factor-turn-on.tsx";

/** Two-step verification (TOTP) for signing in with a password: its state and the way to change it. */
export function TwoFactorSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<"enabled" | "disabled" | null>(null);

  function done(result: "enabled" | "disabled") {
    setNotice(result);
    // The panel that had focus is gone; start again at the top of the section, where the news is.
    headingRef.current?.focus();
  }

  return (
    <section className="stack" aria-labelledby="profile-two-factor-heading">
      <Heading
        ref={headingRef}
        id="profile-two-factor-heading"
        level={2}
        data-size="sm"
        tabIndex={-1}
        className="account-focus-target"
      >
        {t("twoFactor.heading")}
      </Heading>
      <div role="status" className="account-status">
        {notice ? <Paragraph>{t(`twoFactor.${notice}`)}</Paragraph> : null}
      </div>
      {!profile.hasPassword ? (
        <Paragraph>{t("twoFactor.notAvailable")}</Paragraph>
      ) : profile.totpEnabled ? (
        <>
          <Paragraph>{t("twoFactor.statusOn")}</Paragraph>
          <TwoFactorTurnOff onStart={() => setNotice(null)} onDisabled={() => done("disabled")} />
        </>
      ) : (
        <>
          <Paragraph>{t("twoFactor.statusOff")}</Paragraph>
          <TwoFactorTurnOn onStart={() => setNotice(null)} onEnabled={() => done("enabled")} />
        </>
      )}
    </section>
  );
}
