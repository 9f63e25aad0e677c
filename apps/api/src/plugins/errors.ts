import { DomainError, type FieldError, isFieldErrorCode } from "@sidestilt/domain/problem";
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { problem, RetryLaterError } from "./problem.ts";

/**
 * Turns every error into RFC 9457 problem details with a stable code. Never a stack trace or SQL:
 * unexpected errors are logged in full and answered with a generic 500.
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | DomainError | RetryLaterError, request, reply) => {
    if (error instanceof RetryLaterError) {
      reply.header("retry-after", String(error.retryAfterSeconds));
      return send(reply, problem("too_many_requests", `Try again in ${error.retryAfterSeconds} seconds`));
    }
    if (error instanceof DomainError)
      return send(reply, problem(error.code, error.message, error.errors, error.current));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, "").replaceAll("/", "."),
        // zod's issue code (all of them are field error codes; "custom" stands in should zod add one).
        code: isFieldErrorCode(issue.keyword) ? issue.keyword : "custom",
        message: issue.message ?? issue.keyword,
      }));
      return send(reply, problem("validation_failed", `Invalid ${error.validationContext ?? "request"}`, errors));
    }
    switch (error.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return send(reply, problem("malformed_json"));
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return send(reply, problem("payload_too_large"));
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return send(reply, problem("unsupported_media_type"));
    }
    if (error instanceof SyntaxError && error.statusCode === 400) return send(reply, problem("malformed_json"));
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, "database unavailable");
      reply.header("retry-after", "5");
      return send(reply, problem("service_unavailable"));
    }
    if (!isResponseSerializationError(error) && error.statusCode && error.statusCode < 500) {
      request.log.info({ err: error }, "client error");
      return send(reply, problem(error.statusCode === 404 ? "not_found" : "bad_request"));
    }
    request.log.error({ err: error }, "unhandled error");
    return send(reply, problem("internal"));
  });
});

function send(reply: FastifyReply, body: ReturnType<typeof problem>) {
  return reply.status(body.status).type("application/problem+json").send(body);
}

const unavailableCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "08006", "08001"]);

function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && unavailableCodes.has(code)) return true;
    if (
      typeof message === "string" &&
      /connection (terminated|refused)|timeout exceeded when trying to connect/i.test(message)
    )
      return true;
    current = cause;
  }
  return false;
}
