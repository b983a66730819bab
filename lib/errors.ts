/**
 * The few kinds of failure the app tells users about, each with its HTTP
 * status and a German message. Anything else is unexpected: logged with its
 * cause and shown as a generic error.
 */
export const ERROR_CODES = {
  unauthenticated: { status: 401, message: "Bitte melden Sie sich an." },
  forbidden: { status: 403, message: "Dafür fehlen Ihnen die Rechte." },
  not_found: { status: 404, message: "Diese Seite oder dieser Eintrag wurde nicht gefunden." },
  conflict: { status: 409, message: "Das wurde inzwischen geändert. Bitte laden Sie die Seite neu." },
  invalid: { status: 422, message: "Bitte prüfen Sie Ihre Eingaben." },
  rate_limited: { status: 429, message: "Zu viele Versuche. Bitte warten Sie einen Moment." },
  unavailable: { status: 503, message: "Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal." },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A key of the guest pages' messages with its values ("workshop.beendet"). */
export interface GuestMessage {
  key: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Field-level messages for forms, keyed by field name. */
  readonly fieldErrors?: Record<string, string[]>;
  /** The message's key among the guest pages' messages (lib/i18n), for a refusal a guest reads in their language. */
  readonly guestMessage?: GuestMessage;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; fieldErrors?: Record<string, string[]>; guestMessage?: GuestMessage }) {
    super(message ?? ERROR_CODES[code].message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.fieldErrors = options?.fieldErrors;
    this.guestMessage = options?.guestMessage;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

const CONNECTION_FAILURES = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded|terminating connection|the database system is/i;

/** Whether an error (or its cause) says PostgreSQL is away: a restart, a failover, a cut connection. */
export function isDatabaseOutage(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { message, code } = current as { message?: string; code?: string };
    if ((message && CONNECTION_FAILURES.test(message)) || code === "57P01" || code === "57P03") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
