import { AreaShell } from "@/components/layout/area-shell";
import { homeFor, requireUserPage } from "@/lib/auth/guards";

export default async function AccountAreaLayout({ children }: { children: React.ReactNode }) {
  // The layout also frames the second factor's set-up, which staff without one must reach.
  const user = await requireUserPage("/konto", { secondFactorSetup: true });
  return (
    <AreaShell user={user} label="Bereich Konto" links={[{ href: homeFor(user), label: "Mein Bereich" }, { href: "/konto", label: "Konto" }]}>
      {children}
    </AreaShell>
  );
}
