import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sessionViewSchema, signInInputSchema } from "./auth.schema.ts";

describe("signInInputSchema", () => {
  it("normalises any valid email to trimmed lower case", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.constantFrom("", " ", "\t"), (email, pad) => {
        const mixed = [...email].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join("");
        const parsed = signInInputSchema.safeParse({ email: `${pad}${mixed}${pad}`, password: "x" });
        if (parsed.success) expect(parsed.data.email).toBe(email.toLowerCase());
      }),
    );
  });

  it("names the email field for an invalid address and the password field when empty", () => {
    const parsed = signInInputSchema.safeParse({ email: "not-an-email", password: "" });
    expect(parsed.success).toBe(false);
    const fields = parsed.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(fields).toEqual(["email", "password"]);
  });

  it("refuses absurdly long passwords instead of hashing them", () => {
    expect(signInInputSchema.safeParse({ email: "a@b.no", password: "x".repeat(1025) }).success).toBe(false);
    expect(signInInputSchema.safeParse({ email: "a@b.no", password: "x".repeat(1024) }).success).toBe(true);
  });
});

describe("sessionViewSchema", () => {
  it("does not accept a negative failed-sign-in count", () => {
    const view = {
      person: {
        id: "0190c2d4-0000-7000-8000-000000000000",
        name: "Kari",
        email: "k@x.no",
        locale: "nb",
        isSystemAdmin: false,
      },
      memberships: [],
      csrfToken: "t",
      failedSignInsSinceLast: -1,
    };
    expect(sessionViewSchema.safeParse(view).success).toBe(false);
    expect(sessionViewSchema.safeParse({ ...view, failedSignInsSinceLast: 0 }).success).toBe(true);
  });
});
