import { signOutAction } from "@/app/(konto)/actions";
import { buttonClasses } from "@/components/ui/button";

/** "Abmelden" as a form, so it works without JavaScript and is a POST (no sign-out by link prefetch). */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonClasses("secondary", "py-1.5")}>
        Abmelden
      </button>
    </form>
  );
}
