import type { FastifyRequest } from "fastify";

/**
 * Where people reach the app, for links that leave it (emails, links a coordinator passes on): PUBLIC_URL
 * when set, else the request's own origin. Fastify derives protocol and host from X-Forwarded-* only
 * for the TRUST_PROXY_HOPS proxies the app trusts, so a client cannot forge the origin of a link.
 */
export function appOrigin(request: Pick<FastifyRequest, "protocol" | "host">, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, "");
  return `${request.protocol}://${request.host}`;
}

// The token travels in the URL fragment, which browsers never send to a server, so it stays out of
// access logs, proxies and Referer headers; the web page reads it and posts it to the API.

export const invitationLink = (origin: string, token: string): string => `${origin}/invitation#${token}`;

export const passwordResetLink = (origin: string, token: string): string => `${origin}/reset-password#${token}`;

/** A participant's personal link to see, cancel or accept an offered seat of their registration. */
export const registrationLink = (origin: string, token: string): string => `${origin}/registration#${token}`;

/** The anonymous evaluation link of a collection, printed as a QR code: anyone holding it may answer once per visit. */
export const evaluationLink = (origin: string, code: string): string => `${origin}/evaluation#code=${code}`;

/** A participant's single-use evaluation link, sent by email. */
export const evaluationInvitationLink = (origin: string, token: string): string =>
  `${origin}/evaluation#token=${token}`;
