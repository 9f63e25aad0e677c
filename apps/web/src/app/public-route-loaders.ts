import type { QueryClient } from "@tanstack/react-query";
import { type LoaderFunctionArgs, redirect } from "react-router";
import { sessionQueryOptions } from "../features/auth/get-session.ts";
import { signInOptionsQueryOptions } from "../features/auth/get-sign-in-options.ts";
import { catalogueFiltersFrom } from "../features/catalogue/catalogue-filters.ts";
import { catalogueFacetsQueryOptions } from "../features/catalogue/get-catalogue-facets.ts";
import { catalogueRunQueryOptions } from "../features/catalogue/get-catalogue-run.ts";
import { catalogueRunsQueryOptions } from "../features/catalogue/get-catalogue-runs.ts";
import { applyPersonLanguage } from "../i18n/setup.ts";
import { paths, safeReturnTo } from "../lib/config/paths.ts";

/*
 * The loaders of the routes anyone may open: they are part of the app's entry. The signed-in pages'
 * loaders are in signed-in-route-loaders.ts, loaded on first use, to keep the public pages light.
 */

/**
 * Every page needs to know who is signed in (the header shows it), so the root route loads the session.
 * On app start that is also when the person's own language takes over, unless one was chosen here: the
 * loader waits for its texts, so that the first page is drawn in it rather than switching under the reader.
 */
export function rootLoader(queryClient: QueryClient) {
  return async () => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (session) await applyPersonLanguage(session.person.locale);
    return null;
  };
}

/** "/": signed-in people go to their courses, everyone else to the public catalogue. */
export function homeLoader(queryClient: QueryClient) {
  return async () => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    throw redirect(session ? paths.courses : paths.catalogue);
  };
}

/** The public catalogue (no sign-in): the runs matching the URL's filters, and the filters' choices. */
export function catalogueLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const filters = catalogueFiltersFrom(new URL(request.url).searchParams);
    void queryClient.prefetchInfiniteQuery(catalogueRunsQueryOptions(filters));
    void queryClient.prefetchQuery(catalogueFacetsQueryOptions());
    return null;
  };
}

/** A published run's public page (no sign-in). */
export function catalogueRunLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(catalogueRunQueryOptions(params.runId ?? ""));
    return null;
  };
}

export function signInLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (session) {
      throw redirect(safeReturnTo(new URL(request.url).searchParams.get("returnTo")) ?? paths.courses);
    }
    // Whether to offer the OpenID provider; the page shows the password form without waiting for it.
    void queryClient.prefetchQuery(signInOptionsQueryOptions());
    return null;
  };
}
