/**
 * Route handlers that speak JSON: same-origin check for writes, a size-limited
 * body, and every failure mapped to a status with a German message — a bad
 * request never becomes a 500, a database outage becomes 503.
 */
import { AppError, ERROR_CODES, isAppError, isDatabaseOutage } from "@/lib/errors";
import { logger } from "@/lib/log";
import { z } from "@/lib/validation/zod";

export const MAX_BODY_BYTES = 20_000;

/** The Origin of a request names the host it was sent to (the proxy's Host when one forwarded it). */
export function originMatchesHost(origin: string | null | undefined, host: string | null | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A request body as JSON, refused with a German message when too large or malformed. */
export function parseJsonBody(text: string): unknown {
  if (text.length > MAX_BODY_BYTES) throw new AppError("invalid", "Die Anfrage ist zu groß.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid", "Die Anfrage enthält kein gültiges JSON.");
  }
}

/**
 * A JSON answer before it meets a transport: Next.js route handlers turn it
 * into a web Response, the portal server writes it to Node's response.
 */
export interface JsonAnswer {
  status: number;
  body: unknown;
}

/** The answer to a thrown error: its status and German message; a database outage is 503, anything unknown 500 (logged). */
export function errorAnswer(error: unknown): JsonAnswer {
  if (isAppError(error)) {
    return { status: error.status, body: { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  }
  if (error instanceof z.ZodError) {
    const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
    const first = Object.values(fieldErrors).flat()[0] ?? ERROR_CODES.invalid.message;
    return { status: 422, body: { ok: false, code: "invalid", message: first, fieldErrors } };
  }
  if (isDatabaseOutage(error)) {
    logger().warn({ err: error }, "Datenbank nicht erreichbar");
    return { status: 503, body: { ok: false, code: "unavailable", message: ERROR_CODES.unavailable.message } };
  }
  logger().error({ err: error }, "Unerwarteter Fehler in einer API-Route");
  return { status: 500, body: { ok: false, code: "unexpected", message: "Ein unerwarteter Fehler ist aufgetreten." } };
}

/** Runs the body of an endpoint, turning thrown errors into their answers. */
export async function jsonAnswer(work: () => Promise<JsonAnswer>): Promise<JsonAnswer> {
  try {
    return await work();
  } catch (error) {
    return errorAnswer(error);
  }
}

/** Runs a Next.js JSON route handler body, turning thrown errors into responses. */
export async function jsonRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const answer = errorAnswer(error);
    return Response.json(answer.body, { status: answer.status });
  }
}
