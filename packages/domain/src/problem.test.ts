import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  DomainError,
  errorCodeSchema,
  errorCodes,
  type FieldErrorCode,
  fieldErrorCodes,
  isFieldErrorCode,
  problemSchema,
} from "./problem.ts";

describe("problem details", () => {
  it("has unique, snake_case error codes", () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of errorCodes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("has unique, snake_case field error codes, zod's issue codes among them", () => {
    expect(new Set(fieldErrorCodes).size).toBe(fieldErrorCodes.length);
    for (const code of fieldErrorCodes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    // Request validation answers with zod's issue code: every one of them must be a field error code.
    expectTypeOf<z.core.$ZodIssueCode>().toExtend<FieldErrorCode>();
    expect(isFieldErrorCode("invalid_phone")).toBe(true);
    expect(isFieldErrorCode("Invalid email address")).toBe(false);
    expect(isFieldErrorCode(undefined)).toBe(false);
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
    const unknownFieldCode = { ...valid, errors: [{ field: "email", code: "oops", message: "x" }] };
    expect(problemSchema.safeParse(unknownFieldCode).success).toBe(false);
    expect(errorCodeSchema.safeParse("oops").success).toBe(false);
  });

  it("carries its code and field errors in DomainError", () => {
    const error = new DomainError("not_found", "No such course", [{ field: "id", code: "required", message: "x" }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("No such course");
    expect(error.errors).toHaveLength(1);
  });
});
