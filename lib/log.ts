/**
 * The portal's logger: one JSON line per event on stdout (pino), for the
 * journal or any collector. LOG_LEVEL sets the threshold (default "info").
 * Never log an e-mail address, a password, a token or the text of a note:
 * the redaction below is the safety net, not the rule.
 */
import pino, { type Logger } from "pino";
import { currentRequest } from "./portal-server/request-context";

const LOGGER = Symbol.for("kurzcheck.logger");

function create(): Logger {
  return pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { app: "kurz-check", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Every line written while a request is served names it, so an error joins its request's line and the id on the error page.
    mixin: () => {
      const id = currentRequest()?.id;
      return id ? { requestId: id } : {};
    },
    serializers: { err: pino.stdSerializers.errWithCause },
    redact: { paths: ["email", "password", "token", "note", "body", "*.email", "*.password", "*.token", "*.note", "*.body"], censor: "[entfernt]" },
  });
}

/** One logger per process, shared by the server and the bundled app code. */
export function logger(): Logger {
  const holder = globalThis as { [LOGGER]?: Logger };
  holder[LOGGER] ??= create();
  return holder[LOGGER];
}
