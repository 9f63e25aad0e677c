import { totpDisableSchema, totpEnableSchema, totpSetupSchema } from "@sidestilt/domain/account.schema";
import { passwordChangeSchema, profileInputSchema, profileSchema } from "@sidestilt/domain/person.schema";
import { personalDataExportSchema } from "@sidestilt/domain/privacy.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth } from "../../plugins/access.ts";
import { changePassword, getProfile, updateProfile } from "./me.service.ts";
import { exportPersonalData } from "./me-export.service.ts";
import { disableTotp, enableTotp, setupTotp } from "./me-totp.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 409: problemSchema };
const noContent = { 204: z.null(), ...errors };

/** The signed-in person's own account; registered under /api/me. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "signed-in" },
      schema: { tags: ["me"], summary: "My profile", response: { 200: profileSchema, 401: problemSchema } },
    },
    async (request, reply) => {
      const profile = await getProfile(app.db, requireAuth(request));
      setEtag(reply, profile.version);
      return profile;
    },
  );

  app.put(
    "/",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["me"],
        summary: "Edit my name, phone and language; send If-Match",
        body: profileInputSchema,
        response: { 200: profileSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const profile = await updateProfile(app.db, requireAuth(request), () => expectedVersion(request), request.body);
      setEtag(reply, profile.version);
      return profile;
    },
  );

  app.put(
    "/password",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["me"],
        summary: "Change my password; my other sessions end",
        body: passwordChangeSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await changePassword(app.db, requireAuth(request), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/totp/setup",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["me"],
        summary: "Start setting up the authenticator app: a new pending secret and its QR code",
        response: { 200: totpSetupSchema, ...errors },
      },
    },
    async (request) => setupTotp(app.db, requireAuth(request)),
  );

  app.post(
    "/totp/enable",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["me"],
        summary: "Turn the second factor on with a code from the authenticator app",
        body: totpEnableSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await enableTotp(app.db, requireAuth(request), request.body.code);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/totp/disable",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["me"],
        summary: "Turn the second factor off (password required)",
        body: totpDisableSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await disableTotp(app.db, requireAuth(request), request.body.password, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/export",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["me"],
        summary: "Download everything stored about me (JSON attachment)",
        response: { 200: personalDataExportSchema, 401: problemSchema },
      },
    },
    async (request, reply) => {
      const data = await exportPersonalData(app.db, requireAuth(request));
      reply.header("content-disposition", `attachment; filename="sidestilt-${data.exportedAt.slice(0, 10)}.json"`);
      return data;
    },
  );
};
