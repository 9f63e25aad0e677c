import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { languageStorageKey } from "../../i18n/setup.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

describe("language switch", () => {
  it("switches the page language, <html lang> and the title, and remembers the choice", async () => {
    stubApi({ "GET /api/auth/session": problem(401, "unauthenticated") });
    const { user } = renderApp("/sign-in");
    expect(await screen.findByRole("heading", { level: 1, name: "Logg inn" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("nb");
    expect(screen.getByRole("group", { name: "Språk" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bokmål" })).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: "English" }));
    // The switch loads the language's texts first, then the page speaks it.
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Language" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Bokmål" })).toHaveAttribute("aria-pressed", "false");
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("Sign in – Sidestilt");
    expect(localStorage.getItem(languageStorageKey)).toBe("en");
  });

  it("speaks nynorsk on the courses page", async () => {
    stubApi({
      "GET /api/auth/session": json(200, aSession()),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    const { user } = renderApp("/courses");
    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nynorsk" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kursa dine" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Du har ingen kurs enno" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Hopp til hovudinnhaldet" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("nn");
    expect(screen.getByRole("button", { name: "Nynorsk" })).toHaveAttribute("lang", "nn");
  });
});
