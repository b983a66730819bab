/**
 * Guards for pages (redirect to /anmelden, or 403/404) and for server actions
 * and route handlers (throw AppError). Every layout, page, action and handler
 * that touches protected data calls one of them itself.
 */
import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { PlatformRole } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { currentRequest, tagWithRequestId } from "@/lib/portal-server/request-context";
import { actingMember, actingUser, type GuardOptions } from "./acting";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { SECOND_FACTOR_SETUP_PATH } from "./home";

export { assertCan } from "./permissions";

// ---- pages and layouts -------------------------------------------------------------

/**
 * To the sign-in page, coming back afterwards to the page asked for when it
 * lies within `returnTo` (a layout guards a whole area but knows only its
 * start), else to `returnTo` itself.
 */
function redirectToSignIn(returnTo?: string): never {
  const asked = currentRequest()?.path;
  const back = returnTo && asked && (asked === returnTo || asked.startsWith(`${returnTo}/`) || asked.startsWith(`${returnTo}?`)) ? asked : returnTo;
  redirect(back ? `/anmelden?weiter=${encodeURIComponent(back)}` : "/anmelden");
}

/**
 * The signed-in user, or a redirect to the sign-in page that comes back to
 * `returnTo`. Staff without a second factor are sent to its set-up.
 */
export async function requireUserPage(returnTo?: string, options: GuardOptions = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirectToSignIn(returnTo);
  if (user.mustSetUpSecondFactor && !options.secondFactorSetup) redirect(SECOND_FACTOR_SETUP_PATH);
  return user;
}

/** A user with one of `roles`; anyone else signed in gets 403. */
export async function requireRolePage(roles: readonly PlatformRole[], returnTo?: string): Promise<CurrentUser> {
  const user = await requireUserPage(returnTo);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/**
 * A member of a Kommune with their active membership (the one chosen for this
 * session, else the oldest). Users without one get 403.
 */
export async function requireMembershipPage(returnTo?: string) {
  const user = await requireUserPage(returnTo);
  const membership = user.memberships[0];
  if (!membership) forbidden();
  return { user, membership };
}

/** The title of the 403 page: a page refused to its visitor shows it, not its own. */
export const FORBIDDEN_TITLE = "Kein Zugriff";

/**
 * The title of a page in the Kommune area: what the page is, then the active
 * Kommune ("Team – Markt Musterhausen"), so every tab and history entry says
 * where it belongs; "Kein Zugriff" for a signed-in visitor without a Kommune.
 * Cheap: the signed-in user is read once per request.
 */
export async function kommunePageMetadata(what: string): Promise<{ title: string }> {
  const user = await getCurrentUser();
  if (!user) return { title: what };
  const kommune = user.memberships[0]?.organisationName;
  return { title: kommune ? `${what} – ${kommune}` : FORBIDDEN_TITLE };
}

/** The title of a page for `roles` only; a signed-in visitor without the role gets the 403 page's title with its status. */
export async function rolePageMetadata(title: string, roles: readonly PlatformRole[]): Promise<{ title: string }> {
  const user = await getCurrentUser();
  return { title: user && !roles.includes(user.role) ? FORBIDDEN_TITLE : title };
}

/**
 * Awaits a service call for a page and turns its refusals into the page's
 * answers: 404 for a foreign or unknown resource, 403, or the sign-in page.
 */
export async function pageData<T>(work: Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof AppError)) {
      tagWithRequestId(error);
      throw error;
    }
    if (error.code === "not_found") notFound();
    if (error.code === "forbidden") forbidden();
    if (error.code === "unauthenticated") redirectToSignIn(returnTo);
    throw error;
  }
}

// ---- server actions and route handlers -------------------------------------------------

export async function requireUser(options: GuardOptions = {}): Promise<CurrentUser> {
  return actingUser(await getCurrentUser(), options);
}

export async function requireRole(roles: readonly PlatformRole[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new AppError("forbidden");
  return user;
}

/** The signed-in member and their active Kommune (chosen for this session, else the oldest), for actions in /kommune. */
export async function requireActiveMembership() {
  return actingMember(await getCurrentUser());
}
