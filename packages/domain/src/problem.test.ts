import { describe, expect, it } from "vitest";
import { DomainError, errorCodeSchema, errorCodes, problemSchema } from "./problem.ts";

describe("problem details", () => {
  it("has unique, snake_case error codes", () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of errorCodes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("accepts a problem with field errors and refuses an unknown code", () => {
    const valid = {
      type: "https://sidestilt.no/problems/validation-failed",
      title: "Invalid",
      status: 400,
      code: "validation_failed",
      errors: [{ field: "email", code: "invalid_format", message: "Invalid email" }],
    };
    expect(problemSchema.parse(valid)).toEqual(valid);
    expect(problemSchema.safeParse({ ...valid, code: "oops" }).success).toBe(false);
    expect(errorCodeSchema.safeParse("oops").success).toBe(false);
  });

  it("carries its code and field errors in DomainError", () => {
    const error = new DomainError("not_found", "No such course", [{ field: "id", code: "missing", message: "x" }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("No such course");
    expect(error.errors).toHaveLength(1);
  });
});
