/**
 * Route handlers that speak JSON: same-origin check for writes, a size-limited
 * body, and every failure mapped to a status with a German message — a bad
 * request never becomes a 500, a database outage becomes 503.
 */
import { AppError, ERROR_CODES, isAppError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";

export const MAX_BODY_BYTES = 20_000;

/** True when a state-changing request comes from a page of this portal (CSRF defence for route handlers). */
export function isSameOrigin(request: Request): boolean {
  return originMatchesHost(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
}

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

const CONNECTION_FAILURES = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded|terminating connection|the database system is/i;

function isDatabaseOutage(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { message, code } = current as { message?: string; code?: string };
    if ((message && CONNECTION_FAILURES.test(message)) || code === "57P01" || code === "57P03") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json({ ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors }, { status: error.status });
  }
  if (error instanceof z.ZodError) {
    const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
    const first = Object.values(fieldErrors).flat()[0] ?? ERROR_CODES.invalid.message;
    return Response.json({ ok: false, code: "invalid", message: first, fieldErrors }, { status: 422 });
  }
  if (isDatabaseOutage(error)) {
    console.error("[api] database unavailable", error);
    return Response.json({ ok: false, code: "unavailable", message: ERROR_CODES.unavailable.message }, { status: 503 });
  }
  console.error("[api] unexpected error", error);
  return Response.json({ ok: false, code: "unexpected", message: "Ein unerwarteter Fehler ist aufgetreten." }, { status: 500 });
}

/** Runs a JSON route handler body, turning thrown errors into responses. */
export async function jsonRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    return errorResponse(error);
  }
}
