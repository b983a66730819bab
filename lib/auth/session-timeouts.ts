/** How long a session lasts: 30 minutes without activity, 12 hours at most from sign-in. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

/** The 12-hour limit from sign-in; no refresh extends a session beyond it. */
export function sessionWithinAbsoluteLimit(token: { authTime?: unknown }): boolean {
  return typeof token.authTime === "number" && Math.floor(Date.now() / 1000) - token.authTime <= ABSOLUTE_TIMEOUT_SECONDS;
}
