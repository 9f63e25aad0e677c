import {
  courseChangesSchema,
  courseCopySchema,
  courseDetailSchema,
  courseIdParamsSchema,
  courseListSchema,
  courseOwnerParamsSchema,
  newCourseSchema,
  newMemberSchema,
  pageQuerySchema,
  runChangesSchema,
  runDetailSchema,
  workingGroupSchema,
} from "@sidestilt/domain/course.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { addCourseOwner, copyCourse, createCourse, removeCourseOwner, updateCourse } from "./course-write.service.ts";
import { getCourse, listMyCourses } from "./courses.service.ts";
import { createRun } from "./runs.service.ts";
import { addMember, getWorkingGroup } from "./working-group.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const versioned = { ...errors, 412: problemSchema, 428: problemSchema };

export const coursesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "The courses of the signed-in person's units and working groups",
        querystring: pageQuerySchema,
        response: { 200: courseListSchema, 400: problemSchema, 401: problemSchema },
      },
    },
    async (request) => listMyCourses(app.db, viewerOf(requireAuth(request)), request.query),
  );

  app.post(
    "/",
    {
      config: { access: "signed-in", idempotent: true },
      schema: {
        tags: ["courses"],
        summary: "Create a course (a coordinator of an owner unit), optionally from a template and with a first run",
        body: newCourseSchema,
        response: { 201: courseDetailSchema, ...errors, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const course = await createCourse(app.db, viewerOf(requireAuth(request)), request.body);
      setEtag(reply, course.version);
      return reply.status(201).send(course);
    },
  );

  app.post(
    "/:courseId/copy",
    {
      config: { access: "signed-in", idempotent: true },
      schema: {
        tags: ["courses"],
        summary: "Copy a course to units the signed-in coordinator coordinates, with its latest signed plan",
        params: courseIdParamsSchema,
        body: courseCopySchema,
        response: { 201: courseDetailSchema, ...errors, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const course = await copyCourse(app.db, viewer, request.params.courseId, request.body);
      setEtag(reply, course.version);
      return reply.status(201).send(course);
    },
  );

  app.get(
    "/:courseId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "A course with its working group, runs and the signed-in person's abilities",
        params: courseIdParamsSchema,
        response: { 200: courseDetailSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const course = await getCourse(app.db, viewerOf(requireAuth(request)), request.params.courseId);
      setEtag(reply, course.version);
      return course;
    },
  );

  app.put(
    "/:courseId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "Edit a course's facts (the working group and the owners' coordinators); send If-Match",
        params: courseIdParamsSchema,
        body: courseChangesSchema,
        response: { 200: courseDetailSchema, ...versioned },
      },
    },
    async (request, reply) => {
      const course = await updateCourse(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.courseId,
        () => expectedVersion(request),
        request.body,
      );
      setEtag(reply, course.version);
      return course;
    },
  );

  app.put(
    "/:courseId/owners/:unitId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "Add a co-owner unit, a partner of an owner (the owners' coordinators)",
        params: courseOwnerParamsSchema,
        response: { 200: courseDetailSchema, ...errors },
      },
    },
    async (request) => addCourseOwner(app.db, viewerOf(requireAuth(request)), request.params),
  );

  app.delete(
    "/:courseId/owners/:unitId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "Remove a co-owner unit; the last owner stays (the owners' coordinators)",
        params: courseOwnerParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeCourseOwner(app.db, viewerOf(requireAuth(request)), request.params);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/:courseId/runs",
    {
      config: { access: "signed-in", idempotent: true },
      schema: {
        tags: ["runs"],
        summary: "Add a run; its plan starts from the latest run's plan",
        params: courseIdParamsSchema,
        body: runChangesSchema,
        response: { 201: runDetailSchema, ...errors, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const run = await createRun(app.db, viewerOf(requireAuth(request)), request.params.courseId, request.body);
      setEtag(reply, run.version);
      return reply.status(201).send(run);
    },
  );

  app.get(
    "/:courseId/working-group",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["working group"],
        summary: "The course's working group, with former members",
        params: courseIdParamsSchema,
        response: { 200: workingGroupSchema, ...errors },
      },
    },
    async (request) => getWorkingGroup(app.db, viewerOf(requireAuth(request)), request.params.courseId),
  );

  app.post(
    "/:courseId/working-group",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["working group"],
        summary: "Add a member to the working group (the owners' coordinators)",
        params: courseIdParamsSchema,
        body: newMemberSchema,
        response: { 201: workingGroupSchema, ...errors },
      },
    },
    async (request, reply) => {
      const group = await addMember(app.db, viewerOf(requireAuth(request)), request.params.courseId, request.body);
      return reply.status(201).send(group);
    },
  );
};
