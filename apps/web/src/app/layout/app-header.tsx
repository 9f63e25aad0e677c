import { Link } from "@digdir/designsystemet-react";
import type { SessionView } from "@sidestilt/domain/auth.schema";
import { useTranslation } from "react-i18next";
import { NavLink, Link as RouterLink, useLocation, useNavigate } from "react-router";
import { LanguageSwitch } from "../../components/ui/language-switch.tsx";
import { SignOutButton } from "../../features/auth/sign-out-button.tsx";
import { paths } from "../../lib/config/paths.ts";

/**
 * Product name, main navigation (the public catalogue for everyone, the planning pages when signed in),
 * the language switch, and the account when signed in or a way to sign in when not.
 */
export function AppHeader({ session }: { session: SessionView | null | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <RouterLink to={paths.home} className="app-header__brand">
          {t("app.name")}
        </RouterLink>
        <nav aria-label={t("nav.label")} className="app-header__nav">
          <ul>
            {/* The public catalogue is for everyone; the rest is for people who plan courses. */}
            <li>
              <Link asChild>
                <NavLink to={paths.catalogue}>{t("catalogue.nav")}</NavLink>
              </Link>
            </li>
            {session ? (
              <>
                <li>
                  <Link asChild>
                    <NavLink to={paths.courses}>{t("nav.courses")}</NavLink>
                  </Link>
                </li>
                <li>
                  <Link asChild>
                    <NavLink to={paths.units}>{t("nav.units")}</NavLink>
                  </Link>
                </li>
                <li>
                  <Link asChild>
                    <NavLink to={paths.profile}>{t("nav.profile")}</NavLink>
                  </Link>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <LanguageSwitch />
        {session ? (
          <div className="app-header__account">
            <span>{t("account.signedInAs", { name: session.person.name })}</span>
            <SignOutButton onSignedOut={() => void navigate(paths.signIn, { replace: true })} />
          </div>
        ) : session === null && pathname !== paths.signIn ? (
          <div className="app-header__account">
            <Link asChild>
              <RouterLink to={paths.signIn}>{t("catalogue.signIn")}</RouterLink>
            </Link>
          </div>
        ) : null}
      </div>
    </header>
  );
}
