import { buttonClasses } from "@/components/ui/button";
import type { SubmitAction } from "@/lib/actions/form-state";

/** "Abmelden" as a form, so it works without JavaScript and is a POST (no sign-out by link prefetch). */
export function SignOutButton({ signOut }: { signOut: SubmitAction }) {
  return (
    <form action={signOut}>
      <button type="submit" className={buttonClasses("secondary", "py-1.5")}>
        Abmelden
      </button>
    </form>
  );
}
