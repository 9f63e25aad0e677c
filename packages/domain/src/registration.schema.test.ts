import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { participantPhoneSchema, signUpInputSchema, staffRegistrationInputSchema } from "./registration.schema.ts";

const signUp = {
  name: "Kari Nordmann",
  email: "Kari@Example.no",
  phone: "",
  participantRole: "PATIENT",
  consent: true,
  locale: "nb",
} as const;

const issues = (result: { error?: { issues: { path: PropertyKey[]; code: string; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ field: issue.path.join("."), message: issue.message }));

describe("the sign-up input", () => {
  it("takes email or phone, lower-cases the email and turns empty optional fields into null", () => {
    expect(signUpInputSchema.parse(signUp)).toEqual({
      ...signUp,
      email: "kari@example.no",
      phone: null,
      interpreterLanguage: null,
      accessibilityNeeds: null,
    });
    const byPhone = signUpInputSchema.parse({ ...signUp, email: "", phone: "987 65 432" });
    expect(byPhone).toMatchObject({ email: null, phone: "+47 98765432" });
  });

  it("needs at least one way to reach the participant, told together with the other problems", () => {
    expect(issues(signUpInputSchema.safeParse({ ...signUp, email: "", phone: "" }))).toEqual([
      { field: "email", message: "contact_required" },
    ]);
    const all = issues(signUpInputSchema.safeParse({ ...signUp, name: " ", email: "", consent: false }));
    expect(all.map((issue) => issue.field).sort()).toEqual(["consent", "email", "name"]);
    expect(all).toContainEqual({ field: "consent", message: "consent_required" });
  });

  it("names the field of a bad email or phone", () => {
    expect(issues(signUpInputSchema.safeParse({ ...signUp, email: "kari@" }))).toEqual([
      { field: "email", message: "invalid_email" },
    ]);
    expect(issues(signUpInputSchema.safeParse({ ...signUp, phone: "123" }))).toEqual([
      { field: "phone", message: "invalid_phone" },
    ]);
  });

  it("refuses any field it does not know, such as a national identity number", () => {
    for (const key of ["nationalIdentityNumber", "fodselsnummer", "diagnosis", "referralText"]) {
      const result = signUpInputSchema.safeParse({ ...signUp, [key]: "01017012345" });
      expect(result.success, key).toBe(false);
      expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
    }
    expect(staffRegistrationInputSchema.safeParse({ ...signUp, consent: undefined }).success).toBe(false);
  });

  it("keeps accessibility needs to 500 characters", () => {
    expect(signUpInputSchema.safeParse({ ...signUp, accessibilityNeeds: "x".repeat(500) }).success).toBe(true);
    expect(issues(signUpInputSchema.safeParse({ ...signUp, accessibilityNeeds: "x".repeat(501) }))[0]?.field).toBe(
      "accessibilityNeeds",
    );
  });
});

describe("a participant's phone number", () => {
  it.each([
    ["12345678", "+47 12345678"],
    ["+47 12345678", "+47 12345678"],
    ["0047 123 45 678", "+47 12345678"],
    ["+46 70-123 45 67", "+46701234567"],
    ["+1 (555) 123-4567", "+15551234567"],
  ])("accepts %s as %s", (typed, stored) => {
    expect(participantPhoneSchema.parse(typed)).toBe(stored);
  });

  it.each(["1234567", "123456789", "+47 1234567", "+0 12345678", "tolv", "+1234567890123456"])(
    "refuses %s",
    (typed) => {
      expect(issues(participantPhoneSchema.safeParse(typed))).toEqual([{ field: "", message: "invalid_phone" }]);
    },
  );

  it("stores every accepted number in one of the two normal forms", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (typed) => {
        const parsed = participantPhoneSchema.safeParse(typed);
        if (parsed.success) expect(parsed.data).toMatch(/^\+47 \d{8}$|^\+(?!47)[1-9]\d{6,14}$/);
      }),
    );
  });
});

describe("the staff's registration input", () => {
  it("takes a referral date and no consent, and defaults the emails' language to bokmål", () => {
    const parsed = staffRegistrationInputSchema.parse({
      name: "Ola Nordmann",
      phone: "41234567",
      participantRole: "RELATIVE",
      referralDate: "2030-01-15",
    });
    expect(parsed).toMatchObject({ locale: "nb", referralDate: "2030-01-15", email: null, phone: "+47 41234567" });
    expect(issues(staffRegistrationInputSchema.safeParse({ ...parsed, referralDate: "15.01.2030" }))[0]?.field).toBe(
      "referralDate",
    );
  });
});
