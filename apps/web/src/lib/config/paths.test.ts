import { describe, expect, it } from "vitest";
import { safeReturnTo, signInHref } from "./paths.ts";

describe("paths", () => {
  it("accepts only same-app return paths", () => {
    expect(safeReturnTo("/courses?x=1")).toBe("/courses?x=1");
    for (const unsafe of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "courses",
      "",
      null,
      "/sign-in",
    ]) {
      expect(safeReturnTo(unsafe)).toBeNull();
    }
  });

  it("builds the sign-in link", () => {
    expect(signInHref()).toBe("/sign-in");
    expect(signInHref({ returnTo: "/courses" })).toBe("/sign-in");
    expect(signInHref({ returnTo: "/courses/1", reason: "session_expired" })).toBe(
      "/sign-in?returnTo=%2Fcourses%2F1&reason=session_expired",
    );
  });
});
