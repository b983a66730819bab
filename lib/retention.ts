/**
 * How long the portal keeps what: one place for the retention job
 * (lib/services/retention.ts) and the privacy page (/datenschutz), so the
 * page always states the figures the job applies.
 */
export const RETENTION = {
  /** A registration whose address was never confirmed is deleted, with its Kommune when nobody else is in it. */
  unconfirmedRegistrationDays: 30,
  /** Links (confirmation, reset), invitations and sessions are deleted this many days after they expired or were used. */
  expiredLinkDays: 7,
  /** Counters of the throttles are deleted once their window lies this far back. */
  rateLimitHours: 24,
  /** Audit entries older than this keep what happened, but no person: actor, addresses and names are removed. */
  auditPseudonymiseYears: 2,
  /** Records of background job runs (for the admins). */
  jobRunDays: 180,
} as const;
