import { describe, expect, it } from "vitest";
import { roleAssignmentErrors } from "./role-assignment.ts";

const orgId = "0193f5d2-7c1a-7000-8000-000000000001";

describe("roleAssignmentErrors", () => {
  it("accepts a professional with a profession and a user representative of a user organisation", () => {
    expect(roleAssignmentErrors({ role: "PROFESSIONAL", profession: "Sykepleier" })).toEqual([]);
    expect(roleAssignmentErrors({ role: "USER_REPRESENTATIVE", representsId: orgId }, "USER_ORGANISATION")).toEqual([]);
    expect(roleAssignmentErrors({ role: "COORDINATOR", profession: null, representsId: null })).toEqual([]);
  });

  it("names the field that does not fit the role", () => {
    expect(roleAssignmentErrors({ role: "COORDINATOR", profession: "Lege" }).map((e) => e.code)).toEqual([
      "profession_not_allowed",
    ]);
    expect(
      roleAssignmentErrors({ role: "PROFESSIONAL", representsId: orgId }, "USER_ORGANISATION").map((e) => e.field),
    ).toEqual(["representsId"]);
    expect(roleAssignmentErrors({ role: "USER_REPRESENTATIVE", representsId: orgId }, "HOSPITAL_LMS")[0]?.code).toBe(
      "not_user_organisation",
    );
    expect(roleAssignmentErrors({ role: "USER_REPRESENTATIVE", representsId: orgId }, undefined)[0]?.code).toBe(
      "not_user_organisation",
    );
  });
});
