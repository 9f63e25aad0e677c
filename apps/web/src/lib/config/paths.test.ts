import { describe, expect, it } from "vitest";
import { personHref, safeReturnTo, signInHref, unitAuditHref, unitHref } from "./paths.ts";

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

  it("builds the administration links, escaping ids", () => {
    expect(unitHref("6a1b2c3d")).toBe("/units/6a1b2c3d");
    expect(unitAuditHref("6a1b2c3d")).toBe("/units/6a1b2c3d/audit");
    expect(personHref("a/b")).toBe("/people/a%2Fb");
  });
});
