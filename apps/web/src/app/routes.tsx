import type { QueryClient } from "@tanstack/react-query";
import { type RouteObject, redirect } from "react-router";
import { paths } from "../lib/config/paths.ts";
import { coursesLoader, rootLoader, signInLoader } from "./route-loaders.ts";
import { AppLoading } from "./routes/app-loading.tsx";
import { RootErrorPage } from "./routes/root-error-page.tsx";
import { RootLayout } from "./routes/root-layout.tsx";
import { RouteErrorPage } from "./routes/route-error-page.tsx";

// Each page is its own chunk, loaded on first visit. (Functions, not shared `lazy` objects: the router
// consumes a lazy object's loaders, so a second router built from the same objects would find them gone.)
async function signInPage() {
  return { Component: (await import("./routes/sign-in-page.tsx")).SignInPage };
}
async function coursesPage() {
  return { Component: (await import("./routes/courses-page.tsx")).CoursesPage };
}
async function notFoundPage() {
  return { Component: (await import("./routes/not-found-page.tsx")).NotFoundPage };
}

/** The route tree. Loaders stay here (not in the lazy chunks) so they run while a page's chunk loads. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: "root",
      Component: RootLayout,
      loader: rootLoader(queryClient),
      HydrateFallback: AppLoading,
      ErrorBoundary: RootErrorPage,
      children: [
        {
          // Errors in a page render inside the layout, keeping the header and language switch.
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, loader: () => redirect(paths.courses) },
            {
              path: paths.signIn,
              loader: signInLoader(queryClient),
              lazy: signInPage,
            },
            {
              path: paths.courses,
              loader: coursesLoader(queryClient),
              lazy: coursesPage,
            },
            { path: "*", lazy: notFoundPage },
          ],
        },
      ],
    },
  ];
}
