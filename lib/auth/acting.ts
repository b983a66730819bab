/**
 * Who may act in a server action or route handler, decided on the signed-in
 * user already read: the refusals they answer with. Free of Next.js, so the
 * portal server's autosave endpoint shares them with the guards.
 */
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "./signed-in-user";

export interface GuardOptions {
  /** Only the second-factor set-up itself may be used by staff who have none yet. */
  secondFactorSetup?: boolean;
}

/** The refusal of a request without a (live) session. */
export function sessionExpired(): AppError {
  return new AppError("unauthenticated", "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.");
}

/** `user` if they may act, else the refusal an action or route answers with. */
export function actingUser(user: CurrentUser | null, options: GuardOptions = {}): CurrentUser {
  if (!user) throw sessionExpired();
  if (user.mustSetUpSecondFactor && !options.secondFactorSetup) {
    throw new AppError("forbidden", "Bitte richten Sie zuerst die Anmeldung mit zweitem Faktor ein.");
  }
  return user;
}

/** `user` and their active Kommune (chosen for this session, else the oldest), or the refusal. */
export function actingMember(user: CurrentUser | null) {
  const acting = actingUser(user);
  const membership = acting.memberships[0];
  if (!membership) throw new AppError("forbidden");
  return { user: acting, membership };
}
