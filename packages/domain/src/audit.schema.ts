import { z } from "zod";

/**
 * Every action the audit trail records: one closed list, so that a writer cannot invent a code the
 * log cannot name (the web app has a label for each; apps/web/src/features/audit/audit-labels.test.ts).
 */
export const auditActions = [
  "attendance.recorded",
  "evaluation-collection.open",
  "evaluation-meeting.saved",
  "revision-proposal.created",
  "revision-proposal.decided",
  "revision-proposal.applied",
  "evaluation-collection.invite",
  "evaluation-collection.close",
  "evaluation-collection.paper-answer",
  "auth.password-changed",
  "auth.password-reset",
  "auth.password-reset-link-created",
  "auth.password-reset-requested",
  "auth.sign-in-failed",
  "auth.signed-in",
  "auth.signed-out",
  "auth.totp-disabled",
  "auth.totp-enabled",
  "auth.totp-setup-started",
  "course.copied",
  "course.created",
  "course.owner-added",
  "course.owner-removed",
  "course.updated",
  "course.viewed",
  "evaluation-form.signature-withdrawn",
  "evaluation-form.signed",
  "evaluation-form.updated",
  "invitation.accepted",
  "invitation.contact-read",
  "invitation.created",
  "invitation.emailed",
  "invitation.revoked",
  "membership.created",
  "membership.removed",
  "membership.updated",
  "person.contact-read",
  "person.created",
  "person.deactivated",
  "person.erased",
  "person.oidc-linked",
  "person.reactivated",
  "person.updated",
  "plan.comment-added",
  "plan.decision-recorded",
  "plan.element-restored",
  "plan.element-updated",
  "privacy.exported",
  "programme.calendar-exported",
  "programme.item-created",
  "programme.item-deleted",
  "programme.item-updated",
  "programme.session-created",
  "programme.session-deleted",
  "programme.session-updated",
  "registration.cancelled",
  "registration.cancelled-by-staff",
  "registration.created",
  "registration.list-read",
  "registration.offer-accepted",
  "registration.offer-expired",
  "registration.seat-offered",
  "registration.signed-up",
  "run.checklist-ticked",
  "run.checklist-unticked",
  "run.created",
  "run.phase-changed",
  "run.signature-withdrawn",
  "run.signed",
  "run.updated",
  "unit.created",
  "unit.partner-added",
  "unit.partner-removed",
  "unit.updated",
  "working-group.member-added",
  "working-group.member-removed",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEvent" });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListSchema = z
  .object({ items: z.array(auditEventSchema), nextCursor: z.string().nullable() })
  .meta({ id: "AuditList" });
export type AuditList = z.infer<typeof auditListSchema>;

export const auditQuerySchema = z
  .object({
    unitId: z.uuid(),
    action: z.string().max(100).optional(),
    actorId: z.uuid().optional(),
    objectType: z.string().max(50).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    cursor: z.string().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    error: "to_before_from",
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Objects whose change history a person may read, each with its own access check. */
export const historyObjectTypeSchema = z.enum(["unit", "person", "course", "run", "invitation"]);
export const historyParamsSchema = z.object({ objectType: historyObjectTypeSchema, objectId: z.uuid() });
