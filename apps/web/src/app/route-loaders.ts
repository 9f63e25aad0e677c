import type { QueryClient } from "@tanstack/react-query";
import { type LoaderFunctionArgs, redirect } from "react-router";
import { sessionQueryOptions } from "../features/auth/get-session.ts";
import { coursesQueryOptions } from "../features/courses/get-courses.ts";
import { paths, safeReturnTo, signInHref } from "../lib/config/paths.ts";

/** Every page needs to know who is signed in (the header shows it), so the root route loads the session. */
export function rootLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(sessionQueryOptions());
    return null;
  };
}

/** Sends anyone not signed in to the sign-in page, remembering where they were going. */
async function requireSession(queryClient: QueryClient, request: Request): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQueryOptions());
  if (!session) {
    const url = new URL(request.url);
    throw redirect(signInHref({ returnTo: `${url.pathname}${url.search}` }));
  }
}

export function coursesLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    // Start fetching while the page's code loads; the page shows its own loading and error states.
    void queryClient.prefetchInfiniteQuery(coursesQueryOptions());
    return null;
  };
}

export function signInLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (session) {
      throw redirect(safeReturnTo(new URL(request.url).searchParams.get("returnTo")) ?? paths.courses);
    }
    return null;
  };
}
