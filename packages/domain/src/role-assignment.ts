import type { FieldError } from "./problem.ts";
import type { Role, UnitKind } from "./roles.ts";

export type RoleAssignment = { role: Role; profession?: string | null; representsId?: string | null };

/**
 * What is wrong with a role given in a unit (by invitation or by a coordinator's change): a profession
 * belongs to professionals, and a represented organisation to user representatives and must be a user
 * organisation. `representsKind` is the kind of the unit named by representsId (undefined if none exists).
 */
export function roleAssignmentErrors(assignment: RoleAssignment, representsKind?: UnitKind): FieldError[] {
  const errors: FieldError[] = [];
  if (assignment.profession && assignment.role !== "PROFESSIONAL") {
    errors.push({
      field: "profession",
      code: "profession_not_allowed",
      message: "Only professionals have a profession",
    });
  }
  if (assignment.representsId) {
    if (assignment.role !== "USER_REPRESENTATIVE") {
      errors.push({
        field: "representsId",
        code: "represents_not_allowed",
        message: "Only user representatives represent an organisation",
      });
    } else if (representsKind !== "USER_ORGANISATION") {
      errors.push({ field: "representsId", code: "not_user_organisation", message: "Choose a user organisation" });
    }
  }
  return errors;
}
