import { fieldErrorCodes } from "@sidestilt/domain/problem";
import { beforeAll, describe, expect, it } from "vitest";
import { i18n } from "../i18n/setup.ts";
import { ApiError } from "./api-error.ts";
import { fieldErrorMessage } from "./field-error-message.ts";
import { apiFieldIssues, issueCode, issueMessage } from "./form-issues.ts";

const languages = ["nb", "nn", "en"] as const;
const label = "Feltnavnet";

// The app loads a language's texts when it is first used; these tests read all three side by side.
beforeAll(async () => {
  await i18n.loadLanguages([...languages]);
});

describe("field error messages", () => {
  // `custom` is zod's code for a check without a code of its own: the generic message is the right one.
  const specific = fieldErrorCodes.filter((code) => code !== "custom");

  it.each(languages)("%s has a message of its own for every field error code the API can send", (language) => {
    const t = i18n.getFixedT(language);
    const generic = t("fieldErrors.invalid", { field: label });
    for (const code of fieldErrorCodes) {
      expect(i18n.exists(`fieldErrors.${code}`, { lng: language, fallbackLng: false }), `${language}: ${code}`).toBe(
        true,
      );
      const message = fieldErrorMessage(t, code, label);
      expect(message.trim(), `${language}: ${code}`).not.toBe("");
      expect(message, `${language}: ${code}`).not.toContain("{{");
    }
    for (const code of specific) expect(fieldErrorMessage(t, code, label), `${language}: ${code}`).not.toBe(generic);
  });

  it("names the field where the message is about the field's value", () => {
    const t = i18n.getFixedT("nb");
    expect(fieldErrorMessage(t, "too_small", "Tittel")).toBe("Tittel må fylles ut.");
    expect(fieldErrorMessage(t, "outside_run", "Dato")).toBe("Dato må være innenfor datoene til gjennomføringen.");
    expect(fieldErrorMessage(t, "sessions_outside", "Første dag")).toBe(
      "Programmet har samlinger utenfor disse datoene. Flytt samlingene først.",
    );
  });

  it("gives a code only the web app knows the generic message", () => {
    const t = i18n.getFixedT("en");
    expect(fieldErrorMessage(t, "diagnosis_required", "Diagnosis")).toBe("Diagnosis is not filled in correctly.");
  });

  it("explains a shared schema's own code by it, whether the browser or the server found the problem", () => {
    // The API answers a schema's own check with zod's code and the schema's code as the message.
    expect(issueCode({ code: "invalid_format", message: "invalid_phone" })).toBe("invalid_phone");
    expect(issueCode({ code: "invalid_format", message: "Invalid email address" })).toBe("invalid_format");
    const error = new ApiError(400, {
      type: "about:blank",
      title: "Invalid",
      status: 400,
      code: "validation_failed",
      errors: [{ field: "contactEmail", code: "invalid_format", message: "invalid_email" }],
    });
    const [issue] = apiFieldIssues(error);
    expect(issue).toEqual({ field: "contactEmail", code: "invalid_email" });
    if (!issue) throw new Error("no issue");
    expect(issueMessage(i18n.getFixedT("nb"), issue, "E-post")).toBe(
      "Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.",
    );
  });
});
