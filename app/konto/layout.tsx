import { AreaShell } from "@/components/layout/area-shell";
import { requireUserPage } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/home";
import { ACCOUNT_ACTIONS } from "@/app/account-actions";

export default async function AccountAreaLayout({ children }: { children: React.ReactNode }) {
  // The layout also frames the second factor's set-up, which staff without one must reach.
  const user = await requireUserPage("/konto", { secondFactorSetup: true });
  return (
    <AreaShell
      user={user}
      accountActions={ACCOUNT_ACTIONS}
      label="Bereich Konto"
      links={[
        { href: homeFor(user), label: "Mein Bereich" },
        { href: "/konto", label: "Konto" },
      ]}
    >
      {children}
    </AreaShell>
  );
}
