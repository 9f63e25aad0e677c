/** Whether Prisma failed on a unique constraint (P2002), e.g. a role the person already holds. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
