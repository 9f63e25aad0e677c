import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Profile } from "@sidestilt/domain/person.schema";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages.ts";
import { formatDate } from "../../lib/format.ts";

/** The OpenID providers linked to the account (read-only: linking happens by signing in through one). */
export function SignInProvidersSection({ identities }: { identities: Profile["oidcIdentities"] }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  return (
    <section className="stack account-tight" aria-labelledby="profile-providers-heading">
      <Heading id="profile-providers-heading" level={2} data-size="sm">
        {t("profile.providers.heading")}
      </Heading>
      {identities.length === 0 ? (
        <Paragraph>{t("profile.providers.none")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("profile.providers.intro")}</Paragraph>
          <ul className="account-providers">
            {identities.map((identity) => (
              <li key={identity.issuer}>
                <span className="account-providers__issuer">{identity.issuer}</span>{" "}
                <span>
                  {t("profile.providers.linkedOn", { date: formatDate(identity.createdAt.slice(0, 10), language) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
