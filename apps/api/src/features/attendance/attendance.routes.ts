import {
  attendanceEntriesSchema,
  attendanceSchema,
  attendanceSummarySchema,
  recordedAttendanceSchema,
  runIdParamsSchema,
  sessionIdParamsSchema,
} from "@sidestilt/domain/attendance.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { getAttendance, getAttendanceSummary, recordAttendance } from "./attendance.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Attendance (oppmøte) of a run's sessions and the funding check. Registered under /api. */
export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/runs/:runId/attendance",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["attendance"],
        summary: "Course leaders: the run's sessions, confirmed participants, marks, rates and the funding check",
        params: runIdParamsSchema,
        response: { 200: attendanceSchema, ...errors },
      },
    },
    async (request) => getAttendance(app.db, viewerOf(requireAuth(request)), request.params.runId),
  );

  app.get(
    "/runs/:runId/attendance/summary",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["attendance"],
        summary:
          "Anyone who may see the run: the attendance rate, the funding check and each session's count, no names",
        params: runIdParamsSchema,
        response: { 200: attendanceSummarySchema, ...errors },
      },
    },
    async (request) => getAttendanceSummary(app.db, viewerOf(requireAuth(request)), request.params.runId),
  );

  app.put(
    "/sessions/:sessionId/attendance",
    {
      config: { access: "signed-in", idempotent: true },
      schema: {
        tags: ["attendance"],
        summary: "Course leaders: mark confirmed participants present or not at a session (all entries or none)",
        params: sessionIdParamsSchema,
        body: attendanceEntriesSchema,
        response: { 200: recordedAttendanceSchema, ...errors, 409: problemSchema, 422: problemSchema },
      },
    },
    async (request) => recordAttendance(app.db, viewerOf(requireAuth(request)), request.params.sessionId, request.body),
  );
};
