/** Where each kind of account starts: plain data, shared by the guards and the page header. */
import type { CurrentUser } from "./signed-in-user";

/** The start of the account area for a user: where "Mein Bereich" leads. */
export function homeFor(user: Pick<CurrentUser, "role">): string {
  if (user.role === "admin") return "/admin";
  if (user.role === "advisor") return "/beratung";
  return "/kommune";
}

/** Where staff set up their second factor; until then nothing else is open to them. */
export const SECOND_FACTOR_SETUP_PATH = "/konto/zwei-faktor";
